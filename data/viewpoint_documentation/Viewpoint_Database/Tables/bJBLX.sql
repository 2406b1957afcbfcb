SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBLX](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[LaborCategory] [varchar](10) NOT NULL,
	[Seq] [int] NOT NULL,
	[RestrictByCraft] [dbo].[bYN] NOT NULL,
	[Craft] [varchar](10) NULL,
	[RestrictByClass] [dbo].[bYN] NOT NULL,
	[Class] [varchar](10) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBLX] ON [dbo].[bJBLX] ([JBCo] ASC, [LaborCategory] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJBLX_CraftClass] ON [dbo].[bJBLX] ([JBCo] ASC, [Craft] ASC, [Class] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBLX] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLX].[RestrictByCraft]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLX].[RestrictByClass]'
GO
