SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPLB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[APLine] [smallint] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[LineType] [tinyint] NOT NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[ItemType] [tinyint] NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCCType] [dbo].[bJCCType] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[WO] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[Equip] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[EMCType] [dbo].[bEMCType] NULL,
	[CompType] [varchar](10) NULL,
	[Component] [dbo].[bEquip] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Loc] [dbo].[bLoc] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[Material] [dbo].[bMatl] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[PayType] [tinyint] NOT NULL,
	[GrossAmt] [dbo].[bDollar] NOT NULL,
	[MiscAmt] [dbo].[bDollar] NOT NULL,
	[MiscYN] [dbo].[bYN] NOT NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxType] [tinyint] NULL,
	[TaxBasis] [dbo].[bDollar] NOT NULL,
	[TaxAmt] [dbo].[bDollar] NOT NULL,
	[Retainage] [dbo].[bDollar] NOT NULL,
	[Discount] [dbo].[bDollar] NOT NULL,
	[BurUnitCost] [dbo].[bUnitCost] NOT NULL,
	[BECM] [dbo].[bECM] NULL,
	[SMChange] [dbo].[bDollar] NOT NULL,
	[OldLineType] [tinyint] NULL,
	[OldPO] [varchar](30) NULL,
	[OldPOItem] [dbo].[bItem] NULL,
	[OldItemType] [tinyint] NULL,
	[OldSL] [varchar](30) NULL,
	[OldSLItem] [dbo].[bItem] NULL,
	[OldJCCo] [dbo].[bCompany] NULL,
	[OldJob] [dbo].[bJob] NULL,
	[OldPhaseGroup] [dbo].[bGroup] NULL,
	[OldPhase] [dbo].[bPhase] NULL,
	[OldJCCType] [dbo].[bJCCType] NULL,
	[OldEMCo] [dbo].[bCompany] NULL,
	[OldWO] [dbo].[bWO] NULL,
	[OldWOItem] [dbo].[bItem] NULL,
	[OldEquip] [dbo].[bEquip] NULL,
	[OldEMGroup] [dbo].[bGroup] NULL,
	[OldCostCode] [dbo].[bCostCode] NULL,
	[OldEMCType] [dbo].[bEMCType] NULL,
	[OldCompType] [varchar](10) NULL,
	[OldComponent] [dbo].[bEquip] NULL,
	[OldINCo] [dbo].[bCompany] NULL,
	[OldLoc] [dbo].[bLoc] NULL,
	[OldMatlGroup] [dbo].[bGroup] NULL,
	[OldMaterial] [dbo].[bMatl] NULL,
	[OldGLCo] [dbo].[bCompany] NULL,
	[OldGLAcct] [dbo].[bGLAcct] NULL,
	[OldDesc] [dbo].[bDesc] NULL,
	[OldUM] [dbo].[bUM] NULL,
	[OldUnits] [dbo].[bUnits] NULL,
	[OldUnitCost] [dbo].[bUnitCost] NULL,
	[OldECM] [dbo].[bECM] NULL,
	[OldVendorGroup] [dbo].[bGroup] NULL,
	[OldSupplier] [dbo].[bVendor] NULL,
	[OldPayType] [tinyint] NULL,
	[OldGrossAmt] [dbo].[bDollar] NULL,
	[OldMiscAmt] [dbo].[bDollar] NULL,
	[OldMiscYN] [dbo].[bYN] NULL,
	[OldTaxGroup] [dbo].[bGroup] NULL,
	[OldTaxCode] [dbo].[bTaxCode] NULL,
	[OldTaxType] [tinyint] NULL,
	[OldTaxBasis] [dbo].[bDollar] NULL,
	[OldTaxAmt] [dbo].[bDollar] NULL,
	[OldRetainage] [dbo].[bDollar] NULL,
	[OldDiscount] [dbo].[bDollar] NULL,
	[OldBurUnitCost] [dbo].[bUnitCost] NULL,
	[OldBECM] [dbo].[bECM] NULL,
	[PaidYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPLB_PaidYN] DEFAULT ('N'),
	[Notes] [varchar](max) NULL,
	[POPayTypeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPLB_POPayTypeYN] DEFAULT ('N'),
	[PayCategory] [int] NULL,
	[OldPayCategory] [int] NULL,
	[SLDetailKeyID] [bigint] NULL,
	[SLKeyID] [bigint] NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[Scope] [int] NULL,
	[OldSMCo] [dbo].[bCompany] NULL,
	[OldSMWorkOrder] [int] NULL,
	[OldScope] [int] NULL,
	[SMStandardItem] [varchar](20) NULL,
	[OldSMStandardItem] [varchar](20) NULL,
	[APTLKeyID] [bigint] NULL,
	[POItemLine] [int] NULL,
	[OldPOItemLine] [int] NULL,
	[SMCostType] [smallint] NULL,
	[OldSMCostType] [smallint] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	[OldSMJCCostType] [dbo].[bJCCType] NULL,
	[SMPhaseGroup] [dbo].[bGroup] NULL,
	[OldSMPhaseGroup] [dbo].[bGroup] NULL,
	[SubjToOnCostYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPLB_SubjToOnCostYN] DEFAULT ('N'),
	[OldSubjToOnCostYN] [dbo].[bYN] NULL,
	[ocApplyMth] [dbo].[bMonth] NULL,
	[ocApplyTrans] [dbo].[bTrans] NULL,
	[ocApplyLine] [smallint] NULL,
	[ATOCategory] [varchar](4) NULL,
	[ocSchemeID] [smallint] NULL,
	[ocMembershipNbr] [varchar](60) NULL,
	[SMPhase] [dbo].[bPhase] NULL,
	[OldSMPhase] [dbo].[bPhase] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPLB] ON [dbo].[bAPLB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC, [APLine] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPLB_SLDetailKeyID] ON [dbo].[bAPLB] ([SLDetailKeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPLB_SLKeyID] ON [dbo].[bAPLB] ([SLKeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bAPLB].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bAPLB].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPLB].[MiscYN]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bAPLB].[BurUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bAPLB].[BECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bAPLB].[SMChange]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bAPLB].[OldECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPLB].[OldMiscYN]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bAPLB].[OldBECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPLB].[PaidYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPLB].[POPayTypeYN]'
GO
