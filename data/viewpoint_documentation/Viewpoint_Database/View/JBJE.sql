CREATE VIEW [dbo].[JBJE] AS select a.* from [dbo].[bJBJE] a
GO
