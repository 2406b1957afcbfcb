CREATE VIEW [dbo].[PRAUEmployerBASGSTTaxCodes] AS select a.* from [dbo].[vPRAUEmployerBASGSTTaxCodes] a
GO
