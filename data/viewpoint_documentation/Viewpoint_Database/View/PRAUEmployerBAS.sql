CREATE VIEW [dbo].[PRAUEmployerBAS] AS select a.* from [dbo].[vPRAUEmployerBAS] a
GO
