SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINDT](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[INTrans] [int] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[Source] [varchar](10) NOT NULL,
	[TransType] [varchar](10) NOT NULL,
	[APPOCo] [dbo].[bCompany] NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[POTrans] [dbo].[bTrans] NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[APLine] [smallint] NULL,
	[TrnsfrLoc] [dbo].[bLoc] NULL,
	[FinishMatl] [dbo].[bMatl] NULL,
	[MSTrans] [dbo].[bTrans] NULL,
	[MO] [dbo].[bMO] NULL,
	[MOItem] [dbo].[bItem] NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[CustJob] [varchar](20) NULL,
	[CustPO] [varchar](20) NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCCType] [dbo].[bJCCType] NULL,
	[SellToINCo] [dbo].[bCompany] NULL,
	[SellToLoc] [dbo].[bLoc] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[WO] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[Equip] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[EMCType] [dbo].[bEMCType] NULL,
	[CompType] [varchar](10) NULL,
	[Component] [dbo].[bEquip] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[PostedUM] [dbo].[bUM] NOT NULL,
	[PostedUnits] [dbo].[bUnits] NOT NULL,
	[PostedUnitCost] [dbo].[bUnitCost] NOT NULL,
	[PostECM] [dbo].[bECM] NOT NULL,
	[PostedTotalCost] [dbo].[bDollar] NOT NULL,
	[StkUM] [dbo].[bUM] NOT NULL,
	[StkUnits] [dbo].[bUnits] NOT NULL,
	[StkUnitCost] [dbo].[bUnitCost] NOT NULL,
	[StkECM] [dbo].[bECM] NOT NULL,
	[StkTotalCost] [dbo].[bDollar] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[PECM] [dbo].[bECM] NOT NULL,
	[TotalPrice] [dbo].[bDollar] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[PurgeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bINDT_PurgeYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[SMScope] [int] NULL,
	[POItemLine] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINDT] ON [dbo].[bINDT] ([INCo] ASC, [Mth] ASC, [INTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biINDTReconcile] ON [dbo].[bINDT] ([INCo] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC, [Mth] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bINDT_LocMatl] ON [dbo].[bINDT] ([Mth] ASC, [INCo] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC)
GO
CREATE NONCLUSTERED INDEX [biINDTRollup] ON [dbo].[bINDT] ([Mth] ASC, [Loc] ASC, [Material] ASC, [TransType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINDT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINDT].[PostECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINDT].[StkECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINDT].[PECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINDT].[PurgeYN]'
GO
