CREATE VIEW [dbo].[PRAllowanceRules] AS select a.* from [dbo].[vPRAllowanceRules] a
GO
