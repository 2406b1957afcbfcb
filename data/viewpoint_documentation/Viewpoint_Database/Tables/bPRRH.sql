SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRRH](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Crew] [varchar](10) NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[SheetNum] [smallint] NOT NULL,
	[PRGroup] [dbo].[bGroup] NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Shift] [tinyint] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase1] [dbo].[bPhase] NULL,
	[Phase1Units] [dbo].[bUnits] NULL,
	[Phase1CostType] [dbo].[bJCCType] NULL,
	[Phase2] [dbo].[bPhase] NULL,
	[Phase2Units] [dbo].[bUnits] NULL,
	[Phase2CostType] [dbo].[bJCCType] NULL,
	[Phase3] [dbo].[bPhase] NULL,
	[Phase3Units] [dbo].[bUnits] NULL,
	[Phase3CostType] [dbo].[bJCCType] NULL,
	[Phase4] [dbo].[bPhase] NULL,
	[Phase4Units] [dbo].[bUnits] NULL,
	[Phase4CostType] [dbo].[bJCCType] NULL,
	[Phase5] [dbo].[bPhase] NULL,
	[Phase5Units] [dbo].[bUnits] NULL,
	[Phase5CostType] [dbo].[bJCCType] NULL,
	[Phase6] [dbo].[bPhase] NULL,
	[Phase6Units] [dbo].[bUnits] NULL,
	[Phase6CostType] [dbo].[bJCCType] NULL,
	[Phase7] [dbo].[bPhase] NULL,
	[Phase7Units] [dbo].[bUnits] NULL,
	[Phase7CostType] [dbo].[bJCCType] NULL,
	[Phase8] [dbo].[bPhase] NULL,
	[Phase8Units] [dbo].[bUnits] NULL,
	[Phase8CostType] [dbo].[bJCCType] NULL,
	[CreatedOn] [smalldatetime] NOT NULL,
	[CreatedBy] [dbo].[bVPUserName] NOT NULL,
	[ApprovedBy] [dbo].[bVPUserName] NULL,
	[Status] [tinyint] NOT NULL,
	[SendSeq] [int] NULL,
	[PRBatchMth] [dbo].[bMonth] NULL,
	[PRBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRRH] ON [dbo].[bPRRH] ([PRCo] ASC, [Crew] ASC, [PostDate] ASC, [SheetNum] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRRHJob] ON [dbo].[bPRRH] ([JCCo] ASC, [Job] ASC, [PhaseGroup] ASC)
GO
