CREATE TYPE [dbo].[bCustomer] FROM [int] NULL
GO
