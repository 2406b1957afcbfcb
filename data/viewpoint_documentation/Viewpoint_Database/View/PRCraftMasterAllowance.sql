CREATE VIEW [dbo].[PRCraftMasterAllowance] AS select a.* from [dbo].[vPRCraftMasterAllowance] a
GO
