CREATE VIEW [dbo].[HQRoleMemberOverride] AS select a.* from [dbo].[vHQRoleMemberOverride] a
GO
