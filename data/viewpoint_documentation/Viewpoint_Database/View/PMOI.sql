CREATE VIEW [dbo].[PMOI] AS select a.* from [dbo].[bPMOI] a
GO
