CREATE VIEW [dbo].[JCJP] AS select a.* from [dbo].[bJCJP] a
GO
