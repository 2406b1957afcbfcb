CREATE DEFAULT [dbo].[bdYes] AS 'Y'
GO
