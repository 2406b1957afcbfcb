CREATE VIEW [dbo].[PMCO] AS select a.* from [dbo].[bPMCO] a
GO
