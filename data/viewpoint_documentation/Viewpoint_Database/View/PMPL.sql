CREATE VIEW [dbo].[PMPL] AS select a.* from [dbo].[bPMPL] a
GO
