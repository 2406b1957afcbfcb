SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINJC](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[JCCType] [dbo].[bJCCType] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[MOItem] [dbo].[bItem] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[MO] [varchar](10) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[UM] [char](3) NOT NULL,
	[OrderedUnits] [dbo].[bUnits] NOT NULL,
	[RemainUnits] [dbo].[bUnits] NOT NULL,
	[TotalCmtdCost] [dbo].[bDollar] NOT NULL,
	[RemainCmtdCost] [dbo].[bDollar] NOT NULL,
	[JCUM] [char](3) NULL,
	[JCUnits] [dbo].[bUnits] NOT NULL,
	[JCRemainUnits] [dbo].[bUnits] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINJC] ON [dbo].[bINJC] ([INCo] ASC, [Mth] ASC, [BatchId] ASC, [JCCo] ASC, [Job] ASC, [PhaseGroup] ASC, [Phase] ASC, [JCCType] ASC, [BatchSeq] ASC, [MOItem] ASC, [OldNew] ASC)
GO
