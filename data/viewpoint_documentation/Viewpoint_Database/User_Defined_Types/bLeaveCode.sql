CREATE TYPE [dbo].[bLeaveCode] FROM [varchar](10) NULL
GO
