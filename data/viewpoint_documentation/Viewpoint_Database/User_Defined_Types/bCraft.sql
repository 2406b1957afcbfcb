CREATE TYPE [dbo].[bCraft] FROM [varchar](10) NULL
GO
