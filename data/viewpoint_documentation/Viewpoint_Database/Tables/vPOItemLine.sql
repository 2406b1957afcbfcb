SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPOItemLine](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[POITKeyID] [bigint] NOT NULL,
	[POCo] [dbo].[bCompany] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[POItemLine] [int] NOT NULL,
	[ItemType] [tinyint] NOT NULL,
	[PostToCo] [dbo].[bCompany] NOT NULL,
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
	[SMWorkCompleted] [int] NULL,
	[SMScope] [int] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxType] [tinyint] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_vPOItemLine_TaxRate] DEFAULT ((0)),
	[GSTRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_vPOItemLine_GSTRate] DEFAULT ((0)),
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[ReqDate] [dbo].[bDate] NULL,
	[PayCategory] [int] NULL,
	[PayType] [tinyint] NULL,
	[OrigUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOItemLine_OrigUnits] DEFAULT ((0)),
	[OrigCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_OrigCost] DEFAULT ((0)),
	[OrigTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_OrigTax] DEFAULT ((0)),
	[CurUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOItemLine_CurUnits] DEFAULT ((0)),
	[CurCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_CurCost] DEFAULT ((0)),
	[CurTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_CurTax] DEFAULT ((0)),
	[RecvdUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOItemLine_RecvdUnits] DEFAULT ((0)),
	[RecvdCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_RecvdCost] DEFAULT ((0)),
	[BOUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOItemLine_BOUnits] DEFAULT ((0)),
	[BOCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_BOCost] DEFAULT ((0)),
	[InvUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOItemLine_InvUnits] DEFAULT ((0)),
	[InvCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_InvCost] DEFAULT ((0)),
	[InvTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_InvTax] DEFAULT ((0)),
	[InvMiscAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_InvMiscAmt] DEFAULT ((0)),
	[RemUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOItemLine_RemUnits] DEFAULT ((0)),
	[RemCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_RemCost] DEFAULT ((0)),
	[RemTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_RemTax] DEFAULT ((0)),
	[JCCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_JCCmtdTax] DEFAULT ((0)),
	[JCRemCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_JCRemCmtdTax] DEFAULT ((0)),
	[TotalUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vPOItemLine_TotalUnits] DEFAULT ((0)),
	[TotalCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_TotalCost] DEFAULT ((0)),
	[TotalTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPOItemLine_TotalTax] DEFAULT ((0)),
	[PostedDate] [dbo].[bDate] NOT NULL,
	[JCMonth] [dbo].[bMonth] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[PurgeYN] [char](1) NOT NULL CONSTRAINT [DF_vPOItemLine_PurgeYN] DEFAULT ('N'),
	[LineDelete] [char](1) NOT NULL CONSTRAINT [DF_vPOItemLine_LineDelete] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SMPhaseGroup] [dbo].[bGroup] NULL,
	[SMPhase] [dbo].[bPhase] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	CONSTRAINT [CK_vPOItemLine_ItemType] CHECK ([ItemType]>(0) AND [ItemType]<(8)),
	CONSTRAINT [CK_vPOItemLine_TaxType] CHECK ([TaxType] IS NULL OR ([TaxType]=(3) OR [TaxType]=(2) OR [TaxType]=(1))),
	CONSTRAINT [CK_vPOItemLine_PurgeYN] CHECK ([PurgeYN]='N' OR [PurgeYN]='Y'),
	CONSTRAINT [CK_vPOItemLine_LineDelete] CHECK ([LineDelete]='N' OR [LineDelete]='Y' OR [LineDelete]='C' OR [LineDelete]='I')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPOItemLine] ADD CONSTRAINT [PK_vPOItemLine] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [ciPOPOItem] ON [dbo].[vPOItemLine] ([POCo] ASC, [PO] ASC, [POItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPOItemLine_POItemLine] ON [dbo].[vPOItemLine] ([POCo] ASC, [PO] ASC, [POItem] ASC, [POItemLine] ASC)
GO
CREATE NONCLUSTERED INDEX [ciPOudSeq] ON [dbo].[vPOItemLine] ([POCo] ASC, [PO] ASC, [POItem] ASC, [udCGC_ASQ02] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPOItemLine_POITKeyID] ON [dbo].[vPOItemLine] ([POITKeyID] ASC)
GO
ALTER TABLE [dbo].[vPOItemLine] WITH CHECK ADD CONSTRAINT [FK_vPOItemLine_bPOIT_KeyID] FOREIGN KEY([POITKeyID]) REFERENCES [dbo].[bPOIT] ([KeyID])
GO
