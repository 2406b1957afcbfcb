CREATE RULE [dbo].[brARTransType] AS @VALUE IN (null,'A', 'C', 'F', 'I', 'M', 'P', 'R', 'V', 'W')
GO
