CREATE VIEW [dbo].[PMWH] AS select a.* from [dbo].[bPMWH] a
GO
