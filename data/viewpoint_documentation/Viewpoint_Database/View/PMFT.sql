CREATE VIEW [dbo].[PMFT] AS select a.* from [dbo].[bPMFT] a
GO
