CREATE VIEW [dbo].[PMTM] AS select a.* from [dbo].[bPMTM] a
GO
