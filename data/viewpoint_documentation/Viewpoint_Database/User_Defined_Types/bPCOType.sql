CREATE TYPE [dbo].[bPCOType] FROM [char](10) NULL
GO
