CREATE VIEW [dbo].[PMOL] AS select a.* from [dbo].[bPMOL] a
GO
