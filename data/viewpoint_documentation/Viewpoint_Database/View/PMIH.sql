CREATE VIEW [dbo].[PMIH] AS select a.* from [dbo].[bPMIH] a
GO
