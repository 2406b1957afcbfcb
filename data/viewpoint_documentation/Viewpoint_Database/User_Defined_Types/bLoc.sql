CREATE TYPE [dbo].[bLoc] FROM [varchar](10) NULL
GO
