CREATE VIEW [dbo].[JCJobApprovalProcess] AS select a.* from [dbo].[vJCJobApprovalProcess] a
GO
