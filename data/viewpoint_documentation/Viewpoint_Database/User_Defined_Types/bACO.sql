CREATE TYPE [dbo].[bACO] FROM [varchar](10) NULL
GO
