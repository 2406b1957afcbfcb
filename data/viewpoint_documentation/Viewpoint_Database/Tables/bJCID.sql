SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCID](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[ItemTrans] [dbo].[bTrans] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[JCTransType] [varchar](2) NOT NULL,
	[TransSource] [varchar](10) NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[PostedDate] [smalldatetime] NOT NULL,
	[ActualDate] [smalldatetime] NOT NULL,
	[ContractAmt] [dbo].[bDollar] NOT NULL,
	[ContractUnits] [dbo].[bUnits] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[BilledUnits] [dbo].[bUnits] NOT NULL,
	[BilledAmt] [dbo].[bDollar] NOT NULL,
	[ReceivedAmt] [dbo].[bDollar] NOT NULL,
	[CurrentRetainAmt] [dbo].[bDollar] NOT NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[ACOJob] [dbo].[bJob] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLTransAcct] [dbo].[bGLAcct] NULL,
	[GLOffsetAcct] [dbo].[bGLAcct] NULL,
	[ReversalStatus] [tinyint] NOT NULL,
	[ARCo] [dbo].[bCompany] NULL,
	[ARTrans] [int] NULL,
	[ARTransLine] [smallint] NULL,
	[ARInvoice] [varchar](10) NULL,
	[ARCheck] [varchar](10) NULL,
	[BilledTax] [dbo].[bDollar] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SrcJCCo] [dbo].[bCompany] NULL,
	[ProjUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJCID_ProjUnits] DEFAULT ((0)),
	[ProjDollars] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCID_ProjDollars] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bJCID] ADD CONSTRAINT [biJCID] PRIMARY KEY CLUSTERED ([JCCo] ASC, [Mth] ASC, [ItemTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bJCID_CoContractItemTransMth] ON [dbo].[bJCID] ([JCCo] ASC, [Contract] ASC, [Item] ASC, [TransSource] ASC, [Mth] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCID] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[ContractAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[ContractUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[UnitPrice]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[BilledUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[BilledAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[ReceivedAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[CurrentRetainAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCID].[ReversalStatus]'
GO
