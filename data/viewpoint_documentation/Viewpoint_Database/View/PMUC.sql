CREATE VIEW [dbo].[PMUC] AS select a.* from [dbo].[bPMUC] a
GO
