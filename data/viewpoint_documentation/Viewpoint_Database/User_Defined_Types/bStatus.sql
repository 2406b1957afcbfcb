CREATE TYPE [dbo].[bStatus] FROM [char](6) NULL
GO
