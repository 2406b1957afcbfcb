CREATE TYPE [dbo].[bRate] FROM [numeric](8, 6) NULL
GO
