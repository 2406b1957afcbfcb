CREATE TYPE [dbo].[bTic] FROM [varchar](10) NULL
GO
