CREATE TYPE [dbo].[bPCOItem] FROM [varchar](10) NULL
GO
