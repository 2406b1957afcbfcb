CREATE TYPE [dbo].[bPhase] FROM [varchar](20) NULL
GO
