CREATE TYPE [dbo].[bRevCode] FROM [varchar](10) NULL
GO
