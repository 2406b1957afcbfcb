CREATE TYPE [dbo].[bSource] FROM [char](10) NULL
GO
