CREATE TYPE [dbo].[bPhone] FROM [varchar](20) NULL
GO
