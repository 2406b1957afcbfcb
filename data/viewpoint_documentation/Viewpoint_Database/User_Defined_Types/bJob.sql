CREATE TYPE [dbo].[bJob] FROM [varchar](10) NULL
GO
