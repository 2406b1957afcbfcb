SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMDT](
	[CMCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[CMTrans] [dbo].[bTrans] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[StmtDate] [dbo].[bDate] NULL,
	[CMTransType] [dbo].[bCMTransType] NOT NULL,
	[SourceCo] [dbo].[bCompany] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ClearedAmt] [dbo].[bDollar] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[CMRefSeq] [tinyint] NOT NULL,
	[Payee] [varchar](20) NULL,
	[CMTransferTrans] [dbo].[bTrans] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[CMGLAcct] [dbo].[bGLAcct] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[Void] [dbo].[bYN] NOT NULL,
	[ClearDate] [dbo].[bDate] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxGroup] [dbo].[bGroup] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biCMDT] ON [dbo].[bCMDT] ([CMCo] ASC, [Mth] ASC, [CMTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biCMDTCMRefUnique] ON [dbo].[bCMDT] ([CMCo] ASC, [CMAcct] ASC, [CMTransType] ASC, [CMRef] ASC, [CMRefSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biCMDTCMRef] ON [dbo].[bCMDT] ([CMRef] ASC)
GO
ALTER TABLE [dbo].[bCMDT] WITH CHECK ADD CONSTRAINT [FK_bCMDT_bCMAC_CMCoCMAcct] FOREIGN KEY([CMCo], [CMAcct]) REFERENCES [dbo].[bCMAC] ([CMCo], [CMAcct])
GO
ALTER TABLE [dbo].[bCMDT] WITH CHECK ADD CONSTRAINT [FK_bCMDT_bHQBC_SourceCoBatchID] FOREIGN KEY([SourceCo], [Mth], [BatchId]) REFERENCES [dbo].[bHQBC] ([Co], [Mth], [BatchId])
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMDT].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMDT].[Void]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMDT].[Purge]'
GO
