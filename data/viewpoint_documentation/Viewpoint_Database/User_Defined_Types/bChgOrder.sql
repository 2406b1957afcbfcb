CREATE TYPE [dbo].[bChgOrder] FROM [varchar](10) NULL
GO
