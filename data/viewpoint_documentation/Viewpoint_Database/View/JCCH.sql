CREATE VIEW [dbo].[JCCH] AS select a.* from [dbo].[bJCCH] a
GO
