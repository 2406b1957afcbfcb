CREATE VIEW [dbo].[PMFM] AS select a.* from [dbo].[bPMFM] a
GO
