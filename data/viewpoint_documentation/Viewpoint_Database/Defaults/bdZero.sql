CREATE DEFAULT [dbo].[bdZero] AS 0
GO
