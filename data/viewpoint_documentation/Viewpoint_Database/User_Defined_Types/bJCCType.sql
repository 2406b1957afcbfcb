CREATE TYPE [dbo].[bJCCType] FROM [tinyint] NULL
GO
