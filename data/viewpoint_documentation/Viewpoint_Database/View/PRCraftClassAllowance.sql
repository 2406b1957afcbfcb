CREATE VIEW [dbo].[PRCraftClassAllowance] AS select a.* from [dbo].[vPRCraftClassAllowance] a
GO
