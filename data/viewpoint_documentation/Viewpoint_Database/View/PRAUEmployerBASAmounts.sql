CREATE VIEW [dbo].[PRAUEmployerBASAmounts] AS select a.* from [dbo].[vPRAUEmployerBASAmounts] a
GO
