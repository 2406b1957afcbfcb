CREATE DEFAULT [dbo].[bdNo] AS 'N'
GO
