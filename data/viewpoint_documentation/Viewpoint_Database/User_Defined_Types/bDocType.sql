CREATE TYPE [dbo].[bDocType] FROM [varchar](10) NULL
GO
