CREATE TYPE [dbo].[bLocalCode] FROM [varchar](10) NULL
GO
