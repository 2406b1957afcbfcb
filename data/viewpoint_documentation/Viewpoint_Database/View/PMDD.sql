CREATE VIEW [dbo].[PMDD] AS select a.* from [dbo].[bPMDD] a
GO
