CREATE TYPE [dbo].[bNotes] FROM [varchar](max) NULL
GO
