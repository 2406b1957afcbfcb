CREATE TYPE [dbo].[bDocument] FROM [varchar](10) NULL
GO
