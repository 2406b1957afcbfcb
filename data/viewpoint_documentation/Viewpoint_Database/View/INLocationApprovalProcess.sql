CREATE VIEW [dbo].[INLocationApprovalProcess] AS select a.* from [dbo].[vINLocationApprovalProcess] a
GO
