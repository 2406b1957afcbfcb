CREATE VIEW [dbo].[PMDT] AS select a.* from [dbo].[bPMDT] a
GO
