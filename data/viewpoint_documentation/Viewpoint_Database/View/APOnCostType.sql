CREATE VIEW [dbo].[APOnCostType] AS select a.* from [dbo].[vAPOnCostType] a
GO
