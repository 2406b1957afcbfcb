SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPOPendingPurchaseOrderItem](
	[POCo] [dbo].[bCompany] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[ItemType] [tinyint] NOT NULL CONSTRAINT [DF_vPOPendingPurchaseOrderItem_ItemType] DEFAULT ((1)),
	[PostToCo] [dbo].[bCompany] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NULL,
	[VendMatId] [varchar](30) NULL,
	[RecvYN] [dbo].[bYN] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[ReqDate] [dbo].[bDate] NULL,
	[PayCategory] [int] NULL,
	[PayType] [tinyint] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[OrigUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOPendingPurchaseOrderItem_OrigUnits] DEFAULT ((0)),
	[OrigUnitCost] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_vPOPendingPurchaseOrderItem_OrigUnitCost] DEFAULT ((0)),
	[OrigECM] [dbo].[bECM] NULL,
	[OrigCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOPendingPurchaseOrderItem_OrigCost] DEFAULT ((0)),
	[OrigTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOPendingPurchaseOrderItem_OrigTax] DEFAULT ((0)),
	[TaxType] [tinyint] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_vPOPendingPurchaseOrderItem_TaxRate] DEFAULT ((0)),
	[GSTRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_vPOPendingPurchaseOrderItem_GSTRate] DEFAULT ((0)),
	[SupplierGroup] [dbo].[bGroup] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[RequisitionNum] [varchar](20) NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCCType] [dbo].[bJCCType] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Loc] [dbo].[bLoc] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[Equip] [dbo].[bEquip] NULL,
	[CompType] [varchar](10) NULL,
	[Component] [dbo].[bEquip] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[EMCType] [dbo].[bEMCType] NULL,
	[WO] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[SMScope] [int] NULL,
	[SMPhaseGroup] [dbo].[bGroup] NULL,
	[SMPhase] [dbo].[bPhase] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	CONSTRAINT [CK_vPOPendingPurchaseOrderItem_ItemType] CHECK ([ItemType]>(0) AND [ItemType]<(6)),
	CONSTRAINT [CK_vPOPendingPurchaseOrderItem_RecvYN] CHECK ([RecvYN]='Y' OR [RecvYN]='N'),
	CONSTRAINT [CK_vPOPendingPurchaseOrderItem_OrigECM] CHECK ([OrigECM]='E' OR [OrigECM]='C' OR [OrigECM]='M')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPOPendingPurchaseOrderItem] ADD CONSTRAINT [PK_vPOPendingPurchaseOrderItem] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE CLUSTERED INDEX [IX_vPOPendingPurchaseOrderItem_POItem] ON [dbo].[vPOPendingPurchaseOrderItem] ([POCo] ASC, [PO] ASC, [POItem] ASC)
GO
ALTER TABLE [dbo].[vPOPendingPurchaseOrderItem] WITH CHECK ADD CONSTRAINT [FK_vPOPendingPurchaseOrderItem_vPOPendingPurchaseOrderItem_Equip] FOREIGN KEY([EMCo], [Equip]) REFERENCES [dbo].[bEMEM] ([EMCo], [Equipment])
GO
ALTER TABLE [dbo].[vPOPendingPurchaseOrderItem] WITH CHECK ADD CONSTRAINT [FK_vPOPendingPurchaseOrderItem_bEMWH_WorkOrder] FOREIGN KEY([EMCo], [WO]) REFERENCES [dbo].[bEMWH] ([EMCo], [WorkOrder])
GO
ALTER TABLE [dbo].[vPOPendingPurchaseOrderItem] WITH CHECK ADD CONSTRAINT [FK_vPOPendingPurchaseOrderItem_bINLM_Loc] FOREIGN KEY([INCo], [Loc]) REFERENCES [dbo].[bINLM] ([INCo], [Loc])
GO
ALTER TABLE [dbo].[vPOPendingPurchaseOrderItem] WITH CHECK ADD CONSTRAINT [FK_vPOPendingPurchaseOrderItem_vPOPendingPurchaseOrder_PO] FOREIGN KEY([POCo], [PO]) REFERENCES [dbo].[vPOPendingPurchaseOrder] ([POCo], [PO])
GO
ALTER TABLE [dbo].[vPOPendingPurchaseOrderItem] WITH CHECK ADD CONSTRAINT [FK_vPOPendingPurchaseOrderItem_vSMWorkOrder_WorkOrder] FOREIGN KEY([SMWorkOrder], [SMCo]) REFERENCES [dbo].[vSMWorkOrder] ([WorkOrder], [SMCo])
GO
