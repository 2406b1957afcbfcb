CREATE TYPE [dbo].[bUnitCost] FROM [numeric](16, 5) NULL
GO
