SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLIT](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NOT NULL,
	[ItemType] [tinyint] NOT NULL,
	[Addon] [tinyint] NULL,
	[AddonPct] [dbo].[bPct] NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[JCCType] [dbo].[bJCCType] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[WCRetPct] [dbo].[bPct] NOT NULL,
	[SMRetPct] [dbo].[bPct] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[OrigUnits] [dbo].[bUnits] NOT NULL,
	[OrigUnitCost] [dbo].[bUnitCost] NOT NULL,
	[OrigCost] [dbo].[bDollar] NOT NULL,
	[CurUnits] [dbo].[bUnits] NOT NULL,
	[CurUnitCost] [dbo].[bUnitCost] NOT NULL,
	[CurCost] [dbo].[bDollar] NOT NULL,
	[StoredMatls] [dbo].[bDollar] NOT NULL,
	[InvUnits] [dbo].[bUnits] NOT NULL,
	[InvCost] [dbo].[bDollar] NOT NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[AddedMth] [dbo].[bMonth] NULL,
	[AddedBatchID] [dbo].[bBatchID] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[TaxType] [tinyint] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[OrigTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLIT_OrigTax] DEFAULT ((0.00)),
	[CurTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLIT_CurTax] DEFAULT ((0.00)),
	[InvTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLIT_InvTax] DEFAULT ((0.00)),
	[JCCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLIT_JCCmtdTax] DEFAULT ((0.00)),
	[TaxRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bSLIT_TaxRate] DEFAULT ((0.00)),
	[GSTRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bSLIT_GSTRate] DEFAULT ((0.00)),
	[JCRemCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLIT_JCRemCmtdTax] DEFAULT ((0.00))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLIT] ON [dbo].[bSLIT] ([SLCo] ASC, [SL] ASC, [SLItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLIT] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bSLIT].[OrigUnitCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bSLIT].[CurUnitCost]'
GO
