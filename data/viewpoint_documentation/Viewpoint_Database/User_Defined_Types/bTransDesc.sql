CREATE TYPE [dbo].[bTransDesc] FROM [varchar](60) NULL
GO
