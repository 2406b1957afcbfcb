CREATE VIEW [dbo].[PMPU] AS select a.* from [dbo].[bPMPU] a
GO
