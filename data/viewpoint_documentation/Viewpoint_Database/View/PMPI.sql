CREATE VIEW [dbo].[PMPI] AS select a.* from [dbo].[bPMPI] a
GO
