CREATE VIEW [dbo].[JCJM] AS select a.* from [dbo].[bJCJM] a
WHERE a.PCVisibleInJC = 'Y'
GO
