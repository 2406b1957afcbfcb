CREATE DEFAULT [dbo].[bdCurrentMonth] AS STUFF(CONVERT (varchar(8), getdate(), 1),4,2,'01')
GO
