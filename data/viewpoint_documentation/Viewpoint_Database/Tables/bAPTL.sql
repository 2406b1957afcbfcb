SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPTL](
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APLine] [smallint] NOT NULL,
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
	[Notes] [varchar](max) NULL,
	[POPayTypeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPTL_POPayTypeYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PayCategory] [int] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SLKeyID] [bigint] NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[Scope] [int] NULL,
	[SMStandardItem] [varchar](20) NULL,
	[POItemLine] [int] NULL,
	[SMCostType] [smallint] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	[SMPhaseGroup] [dbo].[bGroup] NULL,
	[SubjToOnCostYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPTL_SubjToOnCostYN] DEFAULT ('N'),
	[OnCostStatus] [tinyint] NULL,
	[ocApplyMth] [dbo].[bMonth] NULL,
	[ocApplyTrans] [dbo].[bTrans] NULL,
	[ocApplyLine] [smallint] NULL,
	[ATOCategory] [varchar](4) NULL,
	[ocSchemeID] [smallint] NULL,
	[ocMembershipNbr] [varchar](60) NULL,
	[SMPhase] [dbo].[bPhase] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPTL] ON [dbo].[bAPTL] ([APCo] ASC, [Mth] ASC, [APTrans] ASC, [APLine] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPTLJob] ON [dbo].[bAPTL] ([Job] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPTL] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPTLSL] ON [dbo].[bAPTL] ([SL] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPTL_SLKeyID] ON [dbo].[bAPTL] ([SLKeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bAPTL].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bAPTL].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTL].[MiscYN]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bAPTL].[BurUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bAPTL].[BECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTL].[POPayTypeYN]'
GO
