CREATE TYPE [dbo].[bProject] FROM [varchar](10) NULL
GO
