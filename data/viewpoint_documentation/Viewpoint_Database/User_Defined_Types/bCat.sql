CREATE TYPE [dbo].[bCat] FROM [varchar](10) NULL
GO
