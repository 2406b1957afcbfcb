CREATE TYPE [dbo].[bInsCode] FROM [varchar](10) NULL
GO
