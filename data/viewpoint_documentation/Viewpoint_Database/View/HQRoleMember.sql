CREATE VIEW [dbo].[HQRoleMember] AS select a.* from [dbo].[vHQRoleMember] a
GO
