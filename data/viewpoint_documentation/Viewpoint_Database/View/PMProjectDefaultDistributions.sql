CREATE VIEW [dbo].[PMProjectDefaultDistributions] AS select a.* from [dbo].[vPMProjectDefaultDistributions] a
GO
