CREATE VIEW [dbo].[PMLS] AS select a.* from [dbo].[bPMLS] a
GO
