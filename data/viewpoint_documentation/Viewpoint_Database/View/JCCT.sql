CREATE VIEW [dbo].[JCCT] AS select a.* from [dbo].[bJCCT] a
GO
