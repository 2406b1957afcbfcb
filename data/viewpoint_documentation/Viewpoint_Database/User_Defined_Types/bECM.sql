CREATE TYPE [dbo].[bECM] FROM [char](1) NULL
GO
