SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINIB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[MOItem] [dbo].[bItem] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[JCCType] [dbo].[bJCCType] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[ReqDate] [dbo].[bDate] NULL,
	[UM] [char](3) NOT NULL,
	[OrderedUnits] [dbo].[bUnits] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NOT NULL,
	[TotalPrice] [dbo].[bDollar] NOT NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxAmt] [dbo].[bDollar] NOT NULL,
	[RemainUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bINIB_RemainUnits] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[OldLoc] [dbo].[bLoc] NULL,
	[OldMatlGroup] [dbo].[bGroup] NULL,
	[OldMaterial] [dbo].[bMatl] NULL,
	[OldDesc] [dbo].[bItemDesc] NULL,
	[OldJCCo] [dbo].[bCompany] NULL,
	[OldJob] [dbo].[bJob] NULL,
	[OldPhaseGroup] [dbo].[bGroup] NULL,
	[OldPhase] [dbo].[bPhase] NULL,
	[OldJCCType] [dbo].[bJCCType] NULL,
	[OldGLCo] [dbo].[bCompany] NULL,
	[OldGLAcct] [dbo].[bGLAcct] NULL,
	[OldReqDate] [dbo].[bDate] NULL,
	[OldUM] [char](3) NULL,
	[OldOrderedUnits] [dbo].[bUnits] NULL,
	[OldUnitPrice] [dbo].[bUnitCost] NULL,
	[OldECM] [dbo].[bECM] NULL,
	[OldTotalPrice] [dbo].[bDollar] NULL,
	[OldTaxGroup] [dbo].[bGroup] NULL,
	[OldTaxCode] [dbo].[bTaxCode] NULL,
	[OldTaxAmt] [dbo].[bDollar] NULL,
	[OldRemainUnits] [dbo].[bUnits] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINIB] ON [dbo].[bINIB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC, [MOItem] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINIB].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINIB].[OldECM]'
GO
