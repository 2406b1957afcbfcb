CREATE VIEW [dbo].[JCOH] AS select a.* from [dbo].[bJCOH] a
GO
