CREATE RULE [dbo].[brYesNo] AS @value in (null,'Y','N')
GO
