CREATE VIEW [dbo].[PMRI] AS select a.* from [dbo].[bPMRI] a
GO
