CREATE VIEW [dbo].[PRAUEmployees] AS select a.* from [dbo].[vPRAUEmployees] a
GO
