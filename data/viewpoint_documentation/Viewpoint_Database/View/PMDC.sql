CREATE VIEW [dbo].[PMDC] AS select a.* from [dbo].[bPMDC] a
GO
