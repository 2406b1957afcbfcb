CREATE VIEW [dbo].[HQResponseValue] AS select a.* from [dbo].[vHQResponseValue] a
GO
