CREATE TYPE [dbo].[bCompany] FROM [tinyint] NULL
GO
