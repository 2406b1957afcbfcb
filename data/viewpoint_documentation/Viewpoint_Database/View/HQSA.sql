CREATE VIEW [dbo].[HQSA] AS select a.* from [dbo].[vHQSA] a
GO
