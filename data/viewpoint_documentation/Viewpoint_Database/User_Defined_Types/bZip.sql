CREATE TYPE [dbo].[bZip] FROM [varchar](12) NULL
GO
