CREATE VIEW [dbo].[JCDE] AS select a.* from [dbo].[bJCDE] a
GO
