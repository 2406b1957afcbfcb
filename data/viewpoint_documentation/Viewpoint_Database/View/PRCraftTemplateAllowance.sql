CREATE VIEW [dbo].[PRCraftTemplateAllowance] AS select a.* from [dbo].[vPRCraftTemplateAllowance] a
GO
