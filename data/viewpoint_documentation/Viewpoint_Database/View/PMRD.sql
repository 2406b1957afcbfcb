CREATE VIEW [dbo].[PMRD] AS select a.* from [dbo].[bPMRD] a
GO
