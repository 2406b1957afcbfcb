SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCCD](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[CostTrans] [dbo].[bTrans] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[ActualDate] [dbo].[bDate] NOT NULL,
	[JCTransType] [varchar](2) NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLTransAcct] [dbo].[bGLAcct] NULL,
	[GLOffsetAcct] [dbo].[bGLAcct] NULL,
	[ReversalStatus] [tinyint] NOT NULL,
	[UM] [dbo].[bUM] NULL,
	[ActualUnitCost] [dbo].[bUnitCost] NOT NULL,
	[PerECM] [dbo].[bECM] NULL,
	[ActualHours] [dbo].[bHrs] NOT NULL,
	[ActualUnits] [dbo].[bUnits] NOT NULL,
	[ActualCost] [dbo].[bDollar] NOT NULL,
	[ProgressCmplt] [dbo].[bPct] NOT NULL,
	[EstHours] [dbo].[bHrs] NOT NULL,
	[EstUnits] [dbo].[bUnits] NOT NULL,
	[EstCost] [dbo].[bDollar] NOT NULL,
	[ProjHours] [dbo].[bHrs] NOT NULL,
	[ProjUnits] [dbo].[bUnits] NOT NULL,
	[ProjCost] [dbo].[bDollar] NOT NULL,
	[ForecastHours] [dbo].[bHrs] NOT NULL,
	[ForecastUnits] [dbo].[bUnits] NOT NULL,
	[ForecastCost] [dbo].[bDollar] NOT NULL,
	[PostedUM] [dbo].[bUM] NULL,
	[PostedUnits] [dbo].[bUnits] NOT NULL,
	[PostedUnitCost] [dbo].[bUnitCost] NOT NULL,
	[PostedECM] [dbo].[bECM] NULL,
	[PostTotCmUnits] [dbo].[bUnits] NOT NULL,
	[PostRemCmUnits] [dbo].[bUnits] NOT NULL,
	[TotalCmtdUnits] [dbo].[bUnits] NOT NULL,
	[TotalCmtdCost] [dbo].[bDollar] NOT NULL,
	[RemainCmtdUnits] [dbo].[bUnits] NOT NULL,
	[RemainCmtdCost] [dbo].[bDollar] NOT NULL,
	[DeleteFlag] [dbo].[bYN] NOT NULL,
	[AllocCode] [smallint] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[Crew] [varchar](10) NULL,
	[EarnFactor] [dbo].[bRate] NULL,
	[EarnType] [dbo].[bEarnType] NULL,
	[Shift] [tinyint] NULL,
	[LiabilityType] [dbo].[bLiabilityType] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[APCo] [dbo].[bCompany] NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[APLine] [smallint] NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NULL,
	[MO] [dbo].[bMO] NULL,
	[MOItem] [dbo].[bItem] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[Material] [dbo].[bMatl] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Loc] [dbo].[bLoc] NULL,
	[INStdUnitCost] [dbo].[bUnitCost] NOT NULL,
	[INStdECM] [dbo].[bECM] NULL,
	[INStdUM] [dbo].[bUM] NULL,
	[MSTrans] [dbo].[bTrans] NULL,
	[MSTicket] [dbo].[bTic] NULL,
	[JBBillStatus] [char](1) NULL,
	[JBBillMonth] [dbo].[bMonth] NULL,
	[JBBillNumber] [int] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[EMEquip] [dbo].[bEquip] NULL,
	[EMRevCode] [varchar](10) NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[EMTrans] [dbo].[bTrans] NULL,
	[TaxType] [tinyint] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxBasis] [dbo].[bDollar] NOT NULL,
	[TaxAmt] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SrcJCCo] [dbo].[bCompany] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[TotalCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCD_TotalCmtdTax] DEFAULT ((0.00)),
	[RemCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCD_RemCmtdTax] DEFAULT ((0.00)),
	[OffsetGLCo] [dbo].[bCompany] NULL,
	[POItemLine] [int] NULL,
	[SMWorkCompletedID] [bigint] NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[SMScope] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCCD] ON [dbo].[bJCCD] ([JCCo] ASC, [Job] ASC, [Phase] ASC, [CostType] ASC, [Mth] ASC, [CostTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJCCDTrans] ON [dbo].[bJCCD] ([CostTrans] ASC, [Mth] ASC, [JCCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCCD] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bJCCD_MthJCCoTransSource] ON [dbo].[bJCCD] ([Mth] ASC, [JCCo] ASC, [CostTrans] ASC, [Source] ASC)
GO
CREATE NONCLUSTERED INDEX [biJCCDUniqueAttchID] ON [dbo].[bJCCD] ([UniqueAttchID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ReversalStatus]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ActualUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bJCCD].[PerECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ActualHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ActualUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ActualCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ProgressCmplt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[EstHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[EstUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[EstCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ProjHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ProjUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ProjCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ForecastHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ForecastUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[ForecastCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[PostedUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[PostedUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bJCCD].[PostedECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[PostTotCmUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[PostRemCmUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[TotalCmtdUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[TotalCmtdCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[RemainCmtdUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[RemainCmtdCost]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCD].[DeleteFlag]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJCCD].[DeleteFlag]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[INStdUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bJCCD].[INStdECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[TaxBasis]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCD].[TaxAmt]'
GO
