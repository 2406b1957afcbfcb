CREATE VIEW [dbo].[PMTL] AS select a.* from [dbo].[bPMTL] a
GO
