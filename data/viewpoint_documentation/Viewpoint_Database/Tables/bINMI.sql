SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINMI](
	[INCo] [dbo].[bCompany] NOT NULL,
	[MO] [varchar](10) NOT NULL,
	[MOItem] [dbo].[bItem] NOT NULL,
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
	[ConfirmedUnits] [dbo].[bUnits] NOT NULL,
	[RemainUnits] [dbo].[bUnits] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[AddedMth] [dbo].[bMonth] NULL,
	[AddedBatchId] [dbo].[bBatchID] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINMI] ON [dbo].[bINMI] ([INCo] ASC, [MO] ASC, [MOItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINMI] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMI].[ECM]'
GO
