SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOIT](
	[POCo] [dbo].[bCompany] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[ItemType] [tinyint] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NULL,
	[VendMatId] [varchar](30) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[RecvYN] [dbo].[bYN] NOT NULL,
	[PostToCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCCType] [dbo].[bJCCType] NULL,
	[Equip] [dbo].[bEquip] NULL,
	[CompType] [varchar](10) NULL,
	[Component] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[EMCType] [dbo].[bEMCType] NULL,
	[WO] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[ReqDate] [dbo].[bDate] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxType] [tinyint] NULL,
	[OrigUnits] [dbo].[bUnits] NOT NULL,
	[OrigUnitCost] [dbo].[bUnitCost] NOT NULL,
	[OrigECM] [dbo].[bECM] NULL,
	[OrigCost] [dbo].[bDollar] NOT NULL,
	[OrigTax] [dbo].[bDollar] NOT NULL,
	[CurUnits] [dbo].[bUnits] NOT NULL,
	[CurUnitCost] [dbo].[bUnitCost] NOT NULL,
	[CurECM] [dbo].[bECM] NULL,
	[CurCost] [dbo].[bDollar] NOT NULL,
	[CurTax] [dbo].[bDollar] NOT NULL,
	[RecvdUnits] [dbo].[bUnits] NOT NULL,
	[RecvdCost] [dbo].[bDollar] NOT NULL,
	[BOUnits] [dbo].[bUnits] NOT NULL,
	[BOCost] [dbo].[bDollar] NOT NULL,
	[TotalUnits] [dbo].[bUnits] NOT NULL,
	[TotalCost] [dbo].[bDollar] NOT NULL,
	[TotalTax] [dbo].[bDollar] NOT NULL,
	[InvUnits] [dbo].[bUnits] NOT NULL,
	[InvCost] [dbo].[bDollar] NOT NULL,
	[InvTax] [dbo].[bDollar] NOT NULL,
	[RemUnits] [dbo].[bUnits] NOT NULL,
	[RemCost] [dbo].[bDollar] NOT NULL,
	[RemTax] [dbo].[bDollar] NOT NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[Notes] [varchar](max) NULL,
	[RequisitionNum] [varchar](20) NULL,
	[AddedMth] [dbo].[bMonth] NULL,
	[AddedBatchID] [dbo].[bBatchID] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PayCategory] [int] NULL,
	[PayType] [tinyint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[INCo] [dbo].[bCompany] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[JCCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPOIT_JCCmtdTax] DEFAULT ((0.00)),
	[Supplier] [dbo].[bVendor] NULL,
	[SupplierGroup] [dbo].[bGroup] NULL,
	[JCRemCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPOIT_JCRemCmtdTax] DEFAULT ((0.00)),
	[TaxRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bPOIT_TaxRate] DEFAULT ((0.00)),
	[GSTRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bPOIT_GSTRate] DEFAULT ((0.00)),
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[InvMiscAmt] [dbo].[bDollar] NULL,
	[SMScope] [int] NULL,
	[SMPhaseGroup] [dbo].[bGroup] NULL,
	[SMPhase] [dbo].[bPhase] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOIT] ON [dbo].[bPOIT] ([POCo] ASC, [PO] ASC, [POItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOIT] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPOIT] WITH CHECK ADD CONSTRAINT [FK_bPOIT_vSMWorkOrderScope] FOREIGN KEY([SMCo], [SMWorkOrder], [SMScope]) REFERENCES [dbo].[vSMWorkOrderScope] ([SMCo], [WorkOrder], [Scope])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOIT].[RecvYN]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOIT].[OrigUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPOIT].[OrigECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOIT].[CurUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPOIT].[CurECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOIT].[RemUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOIT].[RemCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOIT].[RemTax]'
GO
