CREATE TYPE [dbo].[bGLRef] FROM [char](10) NULL
GO
