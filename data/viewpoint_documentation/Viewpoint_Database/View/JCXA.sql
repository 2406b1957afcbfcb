CREATE VIEW [dbo].[JCXA] AS select a.* from [dbo].[bJCXA] a
GO
