CREATE VIEW [dbo].[PRAUEmployer] AS select a.* from [dbo].[vPRAUEmployer] a
GO
