CREATE VIEW [dbo].[PRArrears] AS select a.* from [dbo].[vPRArrears] a
GO
