CREATE TYPE [dbo].[bItemDesc] FROM [varchar](60) NULL
GO
