SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARTL](
	[ARCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[ARTrans] [dbo].[bTrans] NOT NULL,
	[ARLine] [smallint] NOT NULL,
	[RecType] [tinyint] NULL,
	[LineType] [char](1) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[TaxBasis] [dbo].[bDollar] NOT NULL,
	[TaxAmount] [dbo].[bDollar] NOT NULL,
	[RetgPct] [dbo].[bPct] NOT NULL,
	[Retainage] [dbo].[bDollar] NOT NULL,
	[DiscOffered] [dbo].[bDollar] NOT NULL,
	[TaxDisc] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[ApplyMth] [dbo].[bMonth] NOT NULL,
	[ApplyTrans] [dbo].[bTrans] NOT NULL,
	[ApplyLine] [smallint] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Contract] [dbo].[bContract] NULL,
	[Item] [dbo].[bContractItem] NULL,
	[ContractUnits] [dbo].[bUnits] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[UM] [dbo].[bUM] NULL,
	[JobUnits] [dbo].[bUnits] NULL,
	[JobHours] [dbo].[bHrs] NULL,
	[ActDate] [dbo].[bDate] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Loc] [dbo].[bLoc] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[Material] [dbo].[bMatl] NULL,
	[UnitPrice] [dbo].[bUnitCost] NULL,
	[ECM] [dbo].[bECM] NULL,
	[MatlUnits] [dbo].[bUnits] NULL,
	[CustJob] [varchar](20) NULL,
	[CustPO] [varchar](20) NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[EMCType] [dbo].[bEMCType] NULL,
	[Notes] [varchar](max) NULL,
	[CompType] [varchar](10) NULL,
	[Component] [dbo].[bEquip] NULL,
	[PurgeFlag] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARTL_PurgeFlag] DEFAULT ('N'),
	[FinanceChg] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bARTL_FinanceChg] DEFAULT ((0)),
	[rptApplyMth] [dbo].[bMonth] NULL,
	[rptApplyTrans] [dbo].[bTrans] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[RetgTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bARTL_RetgTax] DEFAULT ((0)),
	[SMWorkCompletedID] [bigint] NULL,
	[SMAgreementBillingScheduleID] [bigint] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARTL] ON [dbo].[bARTL] ([ARCo] ASC, [Mth] ASC, [ARTrans] ASC, [ARLine] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biARTLApplied] ON [dbo].[bARTL] ([ARCo] ASC, [ApplyMth] ASC, [ApplyTrans] ASC, [ApplyLine] ASC, [Mth] ASC, [ARTrans] ASC, [ARLine] ASC)
GO
CREATE NONCLUSTERED INDEX [biARTLContract] ON [dbo].[bARTL] ([JCCo] ASC, [Contract] ASC, [Item] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARTL] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [iARTLudARTOPDID] ON [dbo].[bARTL] ([udARTOPDID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[Amount]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[TaxBasis]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[TaxAmount]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[Retainage]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[DiscOffered]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[TaxDisc]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[DiscTaken]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTL].[UnitPrice]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bARTL].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARTL].[PurgeFlag]'
GO
