CREATE RULE [dbo].[brBillType] AS @VALUE IN (null,'T', 'P', 'B', 'N')
GO
