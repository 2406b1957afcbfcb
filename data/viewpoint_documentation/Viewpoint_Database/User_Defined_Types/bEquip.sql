CREATE TYPE [dbo].[bEquip] FROM [varchar](10) NULL
GO
