CREATE VIEW [dbo].[JCOR] AS select a.* from [dbo].[bJCOR] a
GO
