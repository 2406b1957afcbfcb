SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCPP](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ActualUnits] [dbo].[bUnits] NOT NULL,
	[ProgressCmplt] [dbo].[bPct] NOT NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Crew] [varchar](10) NULL,
	[ActualDate] [dbo].[bDate] NOT NULL,
	[CostTrans] [dbo].[bTrans] NULL,
	[BatchSeq] [int] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bJCPP] ADD CONSTRAINT [PK_bJCPP] PRIMARY KEY CLUSTERED ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJCPP] ON [dbo].[bJCPP] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [Job] ASC, [PhaseGroup] ASC, [Phase] ASC, [CostType] ASC, [PRCo] ASC, [Crew] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCPP] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [_dta_index_bJCPP_52_1284199625__K5_K1_K4_K6_K7_K13_K2_K3_K15] ON [dbo].[bJCPP] ([PhaseGroup] ASC, [Co] ASC, [Job] ASC, [Phase] ASC, [CostType] ASC, [ActualDate] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
