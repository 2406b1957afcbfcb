CREATE TYPE [dbo].[bCMAcct] FROM [smallint] NULL
GO
