CREATE VIEW [dbo].[EMDepartmentRole] AS select a.* from [dbo].[vEMDepartmentRole] a
GO
