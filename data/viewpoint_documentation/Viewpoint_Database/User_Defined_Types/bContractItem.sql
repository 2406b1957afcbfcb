CREATE TYPE [dbo].[bContractItem] FROM [varchar](16) NULL
GO
