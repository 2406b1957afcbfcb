CREATE VIEW [dbo].[HQResponseValueItem] AS select a.* from [dbo].[vHQResponseValueItem] a
GO
