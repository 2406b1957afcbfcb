CREATE VIEW [dbo].[JCCP] AS select a.* from [dbo].[bJCCP] a
GO
