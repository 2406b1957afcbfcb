CREATE TYPE [dbo].[bGroup] FROM [tinyint] NULL
GO
