CREATE TYPE [dbo].[bVendor] FROM [int] NULL
GO
