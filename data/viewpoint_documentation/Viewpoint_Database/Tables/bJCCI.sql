SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCCI](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[SIRegion] [varchar](6) NULL,
	[SICode] [varchar](16) NULL,
	[RetainPCT] [dbo].[bPct] NOT NULL,
	[OrigContractAmt] [dbo].[bDollar] NOT NULL,
	[OrigContractUnits] [dbo].[bUnits] NOT NULL,
	[OrigUnitPrice] [dbo].[bUnitCost] NOT NULL,
	[ContractAmt] [dbo].[bDollar] NOT NULL,
	[ContractUnits] [dbo].[bUnits] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[BilledAmt] [dbo].[bDollar] NOT NULL,
	[BilledUnits] [dbo].[bUnits] NOT NULL,
	[ReceivedAmt] [dbo].[bDollar] NOT NULL,
	[CurrentRetainAmt] [dbo].[bDollar] NOT NULL,
	[BillType] [dbo].[bBillType] NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[BillDescription] [dbo].[bItemDesc] NULL,
	[BillOriginalUnits] [dbo].[bUnits] NOT NULL,
	[BillOriginalAmt] [dbo].[bDollar] NOT NULL,
	[BillCurrentUnits] [dbo].[bUnits] NOT NULL,
	[BillCurrentAmt] [dbo].[bDollar] NOT NULL,
	[BillUnitPrice] [dbo].[bUnitCost] NOT NULL,
	[Notes] [varchar](max) NULL,
	[InitSubs] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[StartMonth] [dbo].[bMonth] NOT NULL,
	[MarkUpRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bJCCI_MarkUpRate] DEFAULT ((0.000000)),
	[ProjNotes] [varchar](max) NULL,
	[ProjPlug] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCI_ProjPlug] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[InitAsZero] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCI_InitAsZero] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCCI] ON [dbo].[bJCCI] ([JCCo] ASC, [Contract] ASC, [Item] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bJCCI_ItemContract] ON [dbo].[bJCCI] ([Contract] ASC, [Item] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCCI] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[RetainPCT]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[OrigContractAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[OrigContractUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[OrigUnitPrice]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[ContractAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[ContractUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[UnitPrice]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[BilledAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[BilledUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[ReceivedAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[CurrentRetainAmt]'
GO
EXEC sp_bindrule N'[dbo].[brBillType]', N'[dbo].[bJCCI].[BillType]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[BillOriginalUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[BillOriginalAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[BillCurrentUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[BillCurrentAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCI].[BillUnitPrice]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCI].[InitSubs]'
GO
EXEC sp_bindefault N'[dbo].[bdYes]', N'[dbo].[bJCCI].[InitSubs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCI].[ProjPlug]'
GO
