CREATE VIEW [dbo].[PMOH] AS select a.* from [dbo].[bPMOH] a
GO
