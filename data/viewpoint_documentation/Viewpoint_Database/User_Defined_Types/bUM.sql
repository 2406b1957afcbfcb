CREATE TYPE [dbo].[bUM] FROM [varchar](3) NULL
GO
