CREATE TYPE [dbo].[bCostCode] FROM [varchar](10) NULL
GO
