CREATE TYPE [dbo].[bFreq] FROM [varchar](10) NULL
GO
