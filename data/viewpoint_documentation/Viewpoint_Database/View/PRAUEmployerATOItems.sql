CREATE VIEW [dbo].[PRAUEmployerATOItems] AS select a.* from [dbo].[vPRAUEmployerATOItems] a
GO
