CREATE VIEW [dbo].[SLWHHist] AS select a.* from [dbo].[vSLWHHist] a
GO
