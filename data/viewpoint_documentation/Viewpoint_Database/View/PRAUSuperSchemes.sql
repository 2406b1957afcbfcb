CREATE VIEW [dbo].[PRAUSuperSchemes] AS select a.* from [dbo].[vPRAUSuperSchemes] a
GO
