CREATE TYPE [dbo].[bBillingGroup] FROM [varchar](20) NULL
GO
