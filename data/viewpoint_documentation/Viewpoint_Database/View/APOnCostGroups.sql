CREATE VIEW [dbo].[APOnCostGroups] AS select a.* from [dbo].[vAPOnCostGroups] a
GO
