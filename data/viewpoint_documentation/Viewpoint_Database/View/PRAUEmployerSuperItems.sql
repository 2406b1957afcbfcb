CREATE VIEW [dbo].[PRAUEmployerSuperItems] AS select a.* from [dbo].[vPRAUEmployerSuperItems] a
GO
