CREATE TYPE [dbo].[bTrans] FROM [int] NULL
GO
