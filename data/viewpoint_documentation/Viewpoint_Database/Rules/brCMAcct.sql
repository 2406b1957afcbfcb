CREATE RULE [dbo].[brCMAcct] AS (@value > 0 and @value <10000) or @value is null
GO
