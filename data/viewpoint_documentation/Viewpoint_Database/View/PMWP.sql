CREATE VIEW [dbo].[PMWP] AS select a.* from [dbo].[bPMWP] a
GO
