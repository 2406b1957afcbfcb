CREATE VIEW [dbo].[PMCA] AS select a.* from [dbo].[bPMCA] a
GO
