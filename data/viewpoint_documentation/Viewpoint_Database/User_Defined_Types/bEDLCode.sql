CREATE TYPE [dbo].[bEDLCode] FROM [smallint] NULL
GO
