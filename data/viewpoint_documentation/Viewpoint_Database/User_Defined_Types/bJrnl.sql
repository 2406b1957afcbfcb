CREATE TYPE [dbo].[bJrnl] FROM [char](2) NULL
GO
