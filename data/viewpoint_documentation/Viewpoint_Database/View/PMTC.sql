CREATE VIEW [dbo].[PMTC] AS select a.* from [dbo].[bPMTC] a
GO
