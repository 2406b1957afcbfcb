CREATE VIEW [dbo].[PMTH] AS select a.* from [dbo].[bPMTH] a
GO
