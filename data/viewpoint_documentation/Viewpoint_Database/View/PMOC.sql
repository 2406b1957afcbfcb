CREATE VIEW [dbo].[PMOC] AS select a.* from [dbo].[bPMOC] a
GO
