CREATE VIEW [dbo].[PMDH] AS select a.* from [dbo].[bPMDH] a
GO
