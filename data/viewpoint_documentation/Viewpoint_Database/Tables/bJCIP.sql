SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCIP](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[OrigContractAmt] [dbo].[bDollar] NOT NULL,
	[OrigContractUnits] [dbo].[bUnits] NOT NULL,
	[OrigUnitPrice] [dbo].[bUnitCost] NOT NULL,
	[ContractAmt] [dbo].[bDollar] NOT NULL,
	[ContractUnits] [dbo].[bUnits] NOT NULL,
	[CurrentUnitPrice] [dbo].[bUnitCost] NOT NULL,
	[BilledUnits] [dbo].[bUnits] NOT NULL,
	[BilledAmt] [dbo].[bDollar] NOT NULL,
	[ReceivedAmt] [dbo].[bDollar] NOT NULL,
	[CurrentRetainAmt] [dbo].[bDollar] NOT NULL,
	[BilledTax] [dbo].[bDollar] NULL,
	[ProjUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJCIP_ProjUnits] DEFAULT ((0)),
	[ProjDollars] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCIP_ProjDollars] DEFAULT ((0)),
	[ProjPlug] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCIP_ProjPlug] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCIP] ON [dbo].[bJCIP] ([JCCo] ASC, [Contract] ASC, [Item] ASC, [Mth] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[OrigContractAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[OrigContractUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[OrigUnitPrice]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[ContractAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[ContractUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[CurrentUnitPrice]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[BilledUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[BilledAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[ReceivedAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIP].[CurrentRetainAmt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCIP].[ProjPlug]'
GO
