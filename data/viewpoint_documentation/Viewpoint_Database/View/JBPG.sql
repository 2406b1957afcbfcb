CREATE VIEW [dbo].[JBPG] AS select a.* from [dbo].[bJBPG] a
GO
