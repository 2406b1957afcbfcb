CREATE TYPE [dbo].[bBillType] FROM [char](1) NULL
GO
