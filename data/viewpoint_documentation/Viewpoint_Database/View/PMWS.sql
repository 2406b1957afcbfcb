CREATE VIEW [dbo].[PMWS] AS select a.* from [dbo].[bPMWS] a
GO
