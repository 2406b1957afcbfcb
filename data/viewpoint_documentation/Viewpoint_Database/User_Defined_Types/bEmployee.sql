CREATE TYPE [dbo].[bEmployee] FROM [int] NULL
GO
