CREATE VIEW [dbo].[JCJR] AS select a.* from [dbo].[bJCJR] a
GO
