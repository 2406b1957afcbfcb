CREATE VIEW [dbo].[PRAUEmployerFBT] AS select a.* from [dbo].[vPRAUEmployerFBT] a
GO
