CREATE TYPE [dbo].[bMO] FROM [varchar](10) NULL
GO
