CREATE VIEW [dbo].[HQAUSuperSchemes] AS select a.* from [dbo].[vHQAUSuperSchemes] a
GO
