CREATE TYPE [dbo].[bACOItem] FROM [varchar](10) NULL
GO
