SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLIA](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[JCCType] [dbo].[bJCCType] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[SLItem] [dbo].[bItem] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[SL] [varchar](30) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[ItemType] [tinyint] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ChangeUnits] [dbo].[bUnits] NOT NULL,
	[ChangeCost] [dbo].[bDollar] NOT NULL,
	[JCUM] [dbo].[bUM] NOT NULL,
	[JCUnits] [dbo].[bUnits] NOT NULL,
	[TotalCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLIA_TotalCmtdTax] DEFAULT ((0.00)),
	[RemCmtdTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLIA_RemCmtdTax] DEFAULT ((0.00))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLIA] ON [dbo].[bSLIA] ([SLCo] ASC, [Mth] ASC, [BatchId] ASC, [JCCo] ASC, [Job] ASC, [PhaseGroup] ASC, [Phase] ASC, [JCCType] ASC, [BatchSeq] ASC, [SLItem] ASC, [OldNew] ASC)
GO
