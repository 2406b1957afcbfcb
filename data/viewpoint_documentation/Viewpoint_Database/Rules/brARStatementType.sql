CREATE RULE [dbo].[brARStatementType] AS @VALUE IN (null,'B', 'O')
GO
