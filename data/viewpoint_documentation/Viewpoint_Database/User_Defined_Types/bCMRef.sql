CREATE TYPE [dbo].[bCMRef] FROM [varchar](10) NULL
GO
