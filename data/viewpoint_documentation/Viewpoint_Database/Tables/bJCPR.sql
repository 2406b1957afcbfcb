SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCPR](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[ResTrans] [dbo].[bTrans] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[ActualDate] [dbo].[bDate] NOT NULL,
	[JCTransType] [varchar](2) NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[BudgetCode] [varchar](10) NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[DetMth] [dbo].[bMonth] NULL,
	[FromDate] [dbo].[bDate] NULL,
	[ToDate] [dbo].[bDate] NULL,
	[Quantity] [dbo].[bUnits] NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnits] NULL,
	[UnitHours] [dbo].[bHrs] NULL,
	[Hours] [dbo].[bHrs] NULL,
	[Rate] [dbo].[bUnitCost] NULL,
	[UnitCost] [dbo].[bUnitCost] NULL,
	[Amount] [dbo].[bDollar] NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bJCPR] ADD CONSTRAINT [PK_bJCPR] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJCPRTrans] ON [dbo].[bJCPR] ([JCCo] ASC, [Mth] ASC, [ResTrans] ASC)
GO
