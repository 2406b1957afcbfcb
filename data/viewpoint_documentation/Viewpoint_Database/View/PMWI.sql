CREATE VIEW [dbo].[PMWI] AS select a.* from [dbo].[bPMWI] a
GO
