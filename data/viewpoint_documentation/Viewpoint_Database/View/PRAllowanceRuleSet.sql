CREATE VIEW [dbo].[PRAllowanceRuleSet] AS select a.* from [dbo].[vPRAllowanceRuleSet] a
GO
