CREATE TYPE [dbo].[bHRRef] FROM [int] NULL
GO
