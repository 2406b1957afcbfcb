CREATE RULE [dbo].[brARCustStatus] AS @VALUE IN (null,'A', 'H', 'I')
GO
