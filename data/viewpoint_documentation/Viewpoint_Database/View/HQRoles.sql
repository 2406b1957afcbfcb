CREATE VIEW [dbo].[HQRoles] AS select a.* from [dbo].[vHQRoles] a
GO
