CREATE VIEW [dbo].[PMOB] AS select a.* from [dbo].[bPMOB] a
GO
