CREATE TYPE [dbo].[bCMTransType] FROM [tinyint] NULL
GO
