CREATE TYPE [dbo].[bItem] FROM [smallint] NULL
GO
