CREATE RULE [dbo].[brECM] AS @value in (null,'E','C','M')
GO
