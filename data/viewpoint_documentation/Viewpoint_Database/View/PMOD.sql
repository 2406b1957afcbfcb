CREATE VIEW [dbo].[PMOD] AS select a.* from [dbo].[bPMOD] a
GO
