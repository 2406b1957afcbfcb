CREATE VIEW [dbo].[PMOA] AS select a.* from [dbo].[bPMOA] a
GO
