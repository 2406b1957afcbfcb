CREATE VIEW [dbo].[APOnCostGroupTypes] AS select a.* from [dbo].[vAPOnCostGroupTypes] a
GO
