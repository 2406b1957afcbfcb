CREATE TYPE [dbo].[bContract] FROM [varchar](10) NULL
GO
