CREATE VIEW [dbo].[PRAUEmployerMiscItems] AS select a.* from [dbo].[vPRAUEmployerMiscItems] a
GO
