CREATE TYPE [dbo].[bFirm] FROM [int] NULL
GO
