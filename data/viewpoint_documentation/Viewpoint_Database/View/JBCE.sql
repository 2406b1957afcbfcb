CREATE VIEW [dbo].[JBCE] AS select a.* from [dbo].[bJBCE] a
GO
