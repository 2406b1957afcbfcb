SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCIB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[TransType] [char](1) NOT NULL,
	[ItemTrans] [dbo].[bTrans] NULL,
	[Contract] [dbo].[bContract] NULL,
	[Item] [dbo].[bContractItem] NULL,
	[ActDate] [dbo].[bDate] NULL,
	[JCTransType] [char](2) NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLTransAcct] [dbo].[bGLAcct] NULL,
	[GLOffsetAcct] [dbo].[bGLAcct] NULL,
	[ReversalStatus] [tinyint] NULL,
	[OrigMth] [dbo].[bMonth] NULL,
	[OrigItemTrans] [dbo].[bTrans] NULL,
	[BilledUnits] [dbo].[bUnits] NULL,
	[BilledAmt] [dbo].[bDollar] NULL,
	[OldContract] [dbo].[bContract] NULL,
	[OldItem] [dbo].[bContractItem] NULL,
	[OldActDate] [smalldatetime] NULL,
	[OldJCTransType] [char](2) NULL,
	[OldDescription] [dbo].[bTransDesc] NULL,
	[OldGLCo] [dbo].[bCompany] NULL,
	[OldGLTransAcct] [dbo].[bGLAcct] NULL,
	[OldGLOffsetAcct] [dbo].[bGLAcct] NULL,
	[OldReversalStatus] [tinyint] NULL,
	[OldBilledUnits] [dbo].[bUnits] NULL,
	[OldBilledAmt] [dbo].[bDollar] NULL,
	[ARCo] [dbo].[bCompany] NULL,
	[OldARCo] [dbo].[bCompany] NULL,
	[ARInvoice] [varchar](10) NULL,
	[OldARInvoice] [varchar](10) NULL,
	[ARCheck] [varchar](10) NULL,
	[OldARCheck] [varchar](10) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ToJCCo] [dbo].[bCompany] NULL,
	[OldToJCCo] [dbo].[bCompany] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCIB] ON [dbo].[bJCIB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC, [TransType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCIB] ([KeyID] ASC)
GO
