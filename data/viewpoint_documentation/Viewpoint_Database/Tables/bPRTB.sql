SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[PostSeq] [smallint] NULL,
	[Type] [char](1) NOT NULL,
	[DayNum] [smallint] NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[WO] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[CompType] [varchar](10) NULL,
	[Component] [dbo].[bEquip] NULL,
	[RevCode] [dbo].[bRevCode] NULL,
	[EquipCType] [dbo].[bJCCType] NULL,
	[UsageUnits] [dbo].[bHrs] NULL,
	[TaxState] [varchar](4) NULL,
	[LocalCode] [dbo].[bLocalCode] NULL,
	[UnempState] [varchar](4) NULL,
	[InsState] [varchar](4) NULL,
	[InsCode] [dbo].[bInsCode] NULL,
	[PRDept] [dbo].[bDept] NOT NULL,
	[Crew] [varchar](10) NULL,
	[Cert] [dbo].[bYN] NOT NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[Shift] [tinyint] NOT NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[Amt] [dbo].[bDollar] NOT NULL,
	[OldEmployee] [dbo].[bEmployee] NULL,
	[OldPaySeq] [tinyint] NULL,
	[OldPostSeq] [smallint] NULL,
	[OldType] [char](1) NULL,
	[OldPostDate] [dbo].[bDate] NULL,
	[OldJCCo] [dbo].[bCompany] NULL,
	[OldJob] [dbo].[bJob] NULL,
	[OldPhaseGroup] [dbo].[bGroup] NULL,
	[OldPhase] [dbo].[bPhase] NULL,
	[OldGLCo] [dbo].[bCompany] NULL,
	[OldEMCo] [dbo].[bCompany] NULL,
	[OldWO] [dbo].[bWO] NULL,
	[OldWOItem] [dbo].[bItem] NULL,
	[OldEquipment] [dbo].[bEquip] NULL,
	[OldEMGroup] [dbo].[bGroup] NULL,
	[OldCostCode] [dbo].[bCostCode] NULL,
	[OldCompType] [varchar](10) NULL,
	[OldComponent] [dbo].[bEquip] NULL,
	[OldRevCode] [dbo].[bRevCode] NULL,
	[OldEquipCType] [dbo].[bJCCType] NULL,
	[OldUsageUnits] [dbo].[bHrs] NULL,
	[OldTaxState] [varchar](4) NULL,
	[OldLocalCode] [dbo].[bLocalCode] NULL,
	[OldUnempState] [varchar](4) NULL,
	[OldInsState] [varchar](4) NULL,
	[OldInsCode] [dbo].[bInsCode] NULL,
	[OldPRDept] [dbo].[bDept] NULL,
	[OldCrew] [varchar](10) NULL,
	[OldCert] [dbo].[bYN] NULL,
	[OldCraft] [dbo].[bCraft] NULL,
	[OldClass] [dbo].[bClass] NULL,
	[OldEarnCode] [dbo].[bEDLCode] NULL,
	[OldShift] [tinyint] NULL,
	[OldHours] [dbo].[bHrs] NULL,
	[OldRate] [dbo].[bUnitCost] NULL,
	[OldAmt] [dbo].[bDollar] NULL,
	[Memo] [varchar](500) NULL,
	[OldMemo] [varchar](500) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[EquipPhase] [dbo].[bPhase] NULL,
	[OldEquipPhase] [dbo].[bPhase] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[SMScope] [int] NULL,
	[SMPayType] [varchar](10) NULL,
	[OldSMCo] [dbo].[bCompany] NULL,
	[OldSMWorkOrder] [int] NULL,
	[OldSMScope] [int] NULL,
	[OldSMPayType] [varchar](10) NULL,
	[SMCostType] [smallint] NULL,
	[OldSMCostType] [smallint] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	[OldSMJCCostType] [dbo].[bJCCType] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTB] ON [dbo].[bPRTB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTBEmp] ON [dbo].[bPRTB] ([Employee] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTBJob] ON [dbo].[bPRTB] ([Job] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRTB] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRTB].[DayNum]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRTB].[Cert]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRTB].[Rate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRTB].[OldCert]'
GO
