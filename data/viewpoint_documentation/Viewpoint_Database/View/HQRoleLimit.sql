CREATE VIEW [dbo].[HQRoleLimit] AS select a.* from [dbo].[vHQRoleLimit] a
GO
