CREATE TYPE [dbo].[bEMCType] FROM [tinyint] NULL
GO
