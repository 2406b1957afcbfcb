CREATE TYPE [dbo].[bMonth] FROM [smalldatetime] NULL
GO
