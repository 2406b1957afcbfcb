CREATE VIEW [dbo].[PMIssueHistory] AS select a.* from [dbo].[vPMIssueHistory] a
GO
