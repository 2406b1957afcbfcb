SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTH](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[PostSeq] [smallint] NOT NULL,
	[Type] [char](1) NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCDept] [dbo].[bDept] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[WO] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[EMGroup] [tinyint] NULL,
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
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Memo] [varchar](500) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[EquipPhase] [dbo].[bPhase] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[SMScope] [int] NULL,
	[SMPayType] [varchar](10) NULL,
	[SMCostType] [smallint] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	[SMPhaseGroup] [dbo].[bGroup] NULL,
	[PRTBKeyID] [bigint] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTH] ON [dbo].[bPRTH] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [PostSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTHEarnCode] ON [dbo].[bPRTH] ([PRCo] ASC, [Employee] ASC, [EarnCode] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTHEmpPostDate] ON [dbo].[bPRTH] ([PRCo] ASC, [Employee] ASC, [PostDate] ASC, [InUseBatchId] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTHEmpPREndDate] ON [dbo].[bPRTH] ([PRCo] ASC, [Employee] ASC, [PREndDate] ASC, [InUseBatchId] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTHJobPostDate] ON [dbo].[bPRTH] ([PRCo] ASC, [JCCo] ASC, [Job] ASC, [PostDate] ASC, [InUseBatchId] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTHJobEndDate] ON [dbo].[bPRTH] ([PRCo] ASC, [JCCo] ASC, [Job] ASC, [PREndDate] ASC, [InUseBatchId] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTH_PRTBKeyID] ON [dbo].[bPRTH] ([PRTBKeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRTHUniqueAttchID] ON [dbo].[bPRTH] ([UniqueAttchID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRTH] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [ciPRTHJobCMRef] ON [dbo].[bPRTH] ([PRCo] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [Job] ASC, [udCMRef] ASC)
GO
CREATE NONCLUSTERED INDEX [ciPRTHCMRef] ON [dbo].[bPRTH] ([PRCo] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [udCMRef] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRTH].[Cert]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRTH].[Rate]'
GO
