CREATE TYPE [dbo].[bReasonCode] FROM [varchar](10) NULL
GO
