CREATE TYPE [dbo].[bMatl] FROM [varchar](20) NULL
GO
