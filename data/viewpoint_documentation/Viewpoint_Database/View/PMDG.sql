CREATE VIEW [dbo].[PMDG] AS select a.* from [dbo].[bPMDG] a
GO
