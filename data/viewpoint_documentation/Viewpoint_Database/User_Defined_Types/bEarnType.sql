CREATE TYPE [dbo].[bEarnType] FROM [smallint] NULL
GO
