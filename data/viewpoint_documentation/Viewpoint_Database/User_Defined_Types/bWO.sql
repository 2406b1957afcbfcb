CREATE TYPE [dbo].[bWO] FROM [varchar](10) NULL
GO
