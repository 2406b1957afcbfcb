CREATE TYPE [dbo].[bTaxCode] FROM [varchar](10) NULL
GO
