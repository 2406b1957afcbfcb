CREATE TYPE [dbo].[bYN] FROM [char](1) NULL
GO
