CREATE VIEW [dbo].[JBGL] AS select a.* from [dbo].[bJBGL] a
GO
