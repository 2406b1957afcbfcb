CREATE TYPE [dbo].[bPCO] FROM [varchar](10) NULL
GO
