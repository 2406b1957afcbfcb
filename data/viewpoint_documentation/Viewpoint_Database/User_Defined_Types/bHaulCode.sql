CREATE TYPE [dbo].[bHaulCode] FROM [varchar](10) NULL
GO
