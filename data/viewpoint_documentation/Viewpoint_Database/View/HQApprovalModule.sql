CREATE VIEW [dbo].[HQApprovalModule] AS select a.* from [dbo].[vHQApprovalModule] a
GO
