SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBER](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[EMCo] [dbo].[bCompany] NOT NULL,
	[EquipCategory] [varchar](10) NOT NULL,
	[Seq] [int] NOT NULL,
	[RestrictByEquip] [dbo].[bYN] NOT NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[RestrictByRevCode] [dbo].[bYN] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[RevCode] [dbo].[bRevCode] NULL,
	[RateOpt] [char](1) NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[NewRate] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bJBER_NewRate] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBER] ON [dbo].[bJBER] ([JBCo] ASC, [Template] ASC, [EMCo] ASC, [EquipCategory] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJBER_EquipRevCode] ON [dbo].[bJBER] ([JBCo] ASC, [Template] ASC, [EquipCategory] ASC, [RestrictByEquip] ASC, [EMCo] ASC, [Equipment] ASC, [RestrictByRevCode] ASC, [RevCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBER] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBER].[RestrictByEquip]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBER].[RestrictByRevCode]'
GO
