CREATE TYPE [dbo].[bPayTerms] FROM [varchar](10) NULL
GO
