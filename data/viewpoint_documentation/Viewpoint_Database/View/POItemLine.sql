CREATE VIEW [dbo].[POItemLine] AS select a.* from [dbo].[vPOItemLine] a
GO
