CREATE VIEW [dbo].[PMCU] AS select a.* from [dbo].[bPMCU] a
GO
