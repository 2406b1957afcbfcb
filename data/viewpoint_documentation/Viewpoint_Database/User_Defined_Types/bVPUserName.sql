CREATE TYPE [dbo].[bVPUserName] FROM [varchar](128) NULL
GO
