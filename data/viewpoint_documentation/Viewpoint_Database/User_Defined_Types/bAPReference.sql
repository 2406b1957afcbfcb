CREATE TYPE [dbo].[bAPReference] FROM [varchar](15) NULL
GO
