SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPGL](
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[APLine] [smallint] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[SortName] [varchar](15) NOT NULL,
	[InvDate] [dbo].[bDate] NOT NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[TransDesc] [dbo].[bDesc] NULL,
	[LineType] [tinyint] NOT NULL,
	[POLineType] [tinyint] NULL,
	[LineDesc] [dbo].[bDesc] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCCType] [dbo].[bJCCType] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[Equip] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[EMCType] [dbo].[bEMCType] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Loc] [dbo].[bLoc] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[Material] [dbo].[bMatl] NULL,
	[TotalCost] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPGL] ON [dbo].[bAPGL] ([APCo] ASC, [Mth] ASC, [BatchId] ASC, [GLCo] ASC, [GLAcct] ASC, [BatchSeq] ASC, [APLine] ASC, [OldNew] ASC)
GO
