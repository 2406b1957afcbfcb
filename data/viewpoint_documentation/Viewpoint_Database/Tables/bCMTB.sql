SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMTB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[CMTransferTrans] [dbo].[bTrans] NULL,
	[FromCMCo] [dbo].[bCompany] NOT NULL,
	[FromCMAcct] [dbo].[bCMAcct] NOT NULL,
	[FromCMTrans] [dbo].[bTrans] NULL,
	[ToCMCo] [dbo].[bCompany] NOT NULL,
	[ToCMAcct] [dbo].[bCMAcct] NOT NULL,
	[ToCMTrans] [dbo].[bTrans] NULL,
	[CMRef] [dbo].[bCMRef] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[OldFromCMAcct] [dbo].[bCMAcct] NULL,
	[OldToCMAcct] [dbo].[bCMAcct] NULL,
	[OldActDate] [dbo].[bDate] NULL,
	[OldAmount] [dbo].[bDollar] NULL,
	[OldCMRef] [dbo].[bCMRef] NULL,
	[OldDesc] [dbo].[bDesc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bCMTB] ADD CONSTRAINT [PK_bCMTB_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biCMTB] ON [dbo].[bCMTB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMTB].[FromCMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMTB].[ToCMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMTB].[OldFromCMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMTB].[OldToCMAcct]'
GO
