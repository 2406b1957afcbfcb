CREATE VIEW [dbo].[PMDistributionGroupContact] AS select a.* from [dbo].[vPMDistributionGroupContact] a
GO
