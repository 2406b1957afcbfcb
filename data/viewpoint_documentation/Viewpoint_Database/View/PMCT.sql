CREATE VIEW [dbo].[PMCT] AS select a.* from [dbo].[bPMCT] a
GO
