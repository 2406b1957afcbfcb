CREATE VIEW [dbo].[PMDistributionGroup] AS select a.* from [dbo].[vPMDistributionGroup] a
GO
