SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMDB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[CMTrans] [dbo].[bTrans] NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[CMTransType] [dbo].[bCMTransType] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[CMRefSeq] [tinyint] NOT NULL,
	[Payee] [varchar](20) NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[CMGLAcct] [dbo].[bGLAcct] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[Void] [dbo].[bYN] NOT NULL,
	[OldCMAcct] [dbo].[bCMAcct] NULL,
	[OldActDate] [dbo].[bDate] NULL,
	[OldDesc] [dbo].[bDesc] NULL,
	[OldAmount] [dbo].[bDollar] NULL,
	[OldCMRef] [dbo].[bCMRef] NULL,
	[OldCMRefSeq] [tinyint] NULL,
	[OldPayee] [varchar](20) NULL,
	[OldGLCo] [dbo].[bCompany] NULL,
	[OldCMGLAcct] [dbo].[bGLAcct] NULL,
	[OldGLAcct] [dbo].[bGLAcct] NULL,
	[OldVoid] [dbo].[bYN] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[OldTaxCode] [dbo].[bTaxCode] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[OldTaxGroup] [dbo].[bGroup] NULL,
	CONSTRAINT [CK_bCMDB_BatchTransType] CHECK ([BatchTransType]='D' OR [BatchTransType]='C' OR [BatchTransType]='A')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bCMDB] ADD CONSTRAINT [PK_bCMDB_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biCMDB] ON [dbo].[bCMDB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMDB].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMDB].[Void]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMDB].[OldCMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMDB].[OldVoid]'
GO
