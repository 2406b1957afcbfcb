CREATE VIEW [dbo].[SLWIHist] AS select a.* from [dbo].[vSLWIHist] a
GO
