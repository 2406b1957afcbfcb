CREATE VIEW [dbo].[PMDL] AS select a.* from [dbo].[bPMDL] a
GO
