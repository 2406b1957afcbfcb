SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPUL](
	[APCo] [dbo].[bCompany] NOT NULL,
	[Line] [smallint] NOT NULL,
	[UIMth] [dbo].[bMonth] NOT NULL,
	[UISeq] [smallint] NOT NULL,
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
	[GLCo] [dbo].[bCompany] NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[Description] [dbo].[bDesc] NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnits] NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[PayType] [tinyint] NULL,
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
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PayCategory] [int] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReviewerGroup] [varchar](10) NULL,
	[InvOriginator] [dbo].[bVPUserName] NULL,
	[SLDetailKeyID] [bigint] NULL,
	[SLKeyID] [bigint] NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[Scope] [int] NULL,
	[POItemLine] [int] NULL,
	[SMCostType] [smallint] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	[SMPhaseGroup] [dbo].[bGroup] NULL,
	[SMPhase] [dbo].[bPhase] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPUL] ON [dbo].[bAPUL] ([APCo] ASC, [UIMth] ASC, [UISeq] ASC, [Line] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPUL] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPUL_SLDetailKeyID] ON [dbo].[bAPUL] ([SLDetailKeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPUL_SLKeyID] ON [dbo].[bAPUL] ([SLKeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bAPUL].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bAPUL].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPUL].[MiscYN]'
GO
