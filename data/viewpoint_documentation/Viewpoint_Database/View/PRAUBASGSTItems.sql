CREATE VIEW [dbo].[PRAUBASGSTItems] AS select a.* from [dbo].[vPRAUBASGSTItems] a
GO
