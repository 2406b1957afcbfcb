CREATE TYPE [dbo].[bClass] FROM [varchar](10) NULL
GO
