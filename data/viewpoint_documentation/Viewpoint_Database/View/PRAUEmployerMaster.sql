CREATE VIEW [dbo].[PRAUEmployerMaster] AS select a.* from [dbo].[vPRAUEmployerMaster] a
GO
