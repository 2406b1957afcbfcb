CREATE VIEW [dbo].[PMDistribution] AS select a.* from [dbo].[vPMDistribution] a
GO
