CREATE VIEW [dbo].[PMTD] AS select a.* from [dbo].[bPMTD] a
GO
