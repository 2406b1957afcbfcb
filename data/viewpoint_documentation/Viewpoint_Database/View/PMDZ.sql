CREATE VIEW [dbo].[PMDZ] AS select a.* from [dbo].[bPMDZ] a
GO
