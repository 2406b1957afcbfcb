CREATE TYPE [dbo].[bIssue] FROM [int] NULL
GO
