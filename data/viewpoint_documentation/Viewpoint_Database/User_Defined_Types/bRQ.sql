CREATE TYPE [dbo].[bRQ] FROM [varchar](10) NULL
GO
