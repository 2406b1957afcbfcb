CREATE VIEW [dbo].[JBGC] AS select a.* from [dbo].[bJBGC] a
GO
