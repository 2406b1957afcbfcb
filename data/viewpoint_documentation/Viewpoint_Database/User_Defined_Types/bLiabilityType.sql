CREATE TYPE [dbo].[bLiabilityType] FROM [smallint] NULL
GO
