CREATE VIEW [dbo].[PMSS] AS select a.* from [dbo].[bPMSS] a
GO
