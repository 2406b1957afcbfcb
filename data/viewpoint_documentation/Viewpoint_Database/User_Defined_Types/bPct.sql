CREATE TYPE [dbo].[bPct] FROM [numeric](6, 4) NULL
GO
