CREATE TYPE [dbo].[bBudgetCode] FROM [char](10) NULL
GO
