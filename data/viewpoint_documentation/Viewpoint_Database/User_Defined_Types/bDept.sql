CREATE TYPE [dbo].[bDept] FROM [varchar](10) NULL
GO
