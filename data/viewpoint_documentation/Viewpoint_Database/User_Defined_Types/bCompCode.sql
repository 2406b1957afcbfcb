CREATE TYPE [dbo].[bCompCode] FROM [varchar](10) NULL
GO
