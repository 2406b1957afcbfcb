CREATE VIEW [dbo].[HQProjectStatusCodes] AS select a.* from [dbo].[vHQProjectStatusCodes] a
GO
