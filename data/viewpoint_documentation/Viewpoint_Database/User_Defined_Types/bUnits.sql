CREATE TYPE [dbo].[bUnits] FROM [numeric](12, 3) NULL
GO
