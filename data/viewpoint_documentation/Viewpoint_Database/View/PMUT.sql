CREATE VIEW [dbo].[PMUT] AS select a.* from [dbo].[bPMUT] a
GO
