CREATE TYPE [dbo].[bHrs] FROM [numeric](10, 2) NULL
GO
