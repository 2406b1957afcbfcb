CREATE TYPE [dbo].[bShipLoc] FROM [varchar](10) NULL
GO
