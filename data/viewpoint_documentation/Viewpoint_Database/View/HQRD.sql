CREATE VIEW [dbo].[HQRD] AS select a.* from [dbo].[vHQRD] a
GO
