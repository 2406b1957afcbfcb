CREATE VIEW [dbo].[EMDepartmentApprovalProcess] AS select a.* from [dbo].[vEMDepartmentApprovalProcess] a
GO
