SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMTT](
	[CMCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[CMTransferTrans] [dbo].[bTrans] NOT NULL,
	[FromCMCo] [dbo].[bCompany] NOT NULL,
	[FromCMAcct] [dbo].[bCMAcct] NOT NULL,
	[FromCMTrans] [dbo].[bTrans] NULL,
	[ToCMCo] [dbo].[bCompany] NOT NULL,
	[ToCMAcct] [dbo].[bCMAcct] NOT NULL,
	[ToCMTrans] [dbo].[bTrans] NULL,
	[CMRef] [dbo].[bCMRef] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[DatePosted] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Batchid] [dbo].[bBatchID] NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bCMTT_FromCMCo] CHECK ([ToCMAcct]<>[FromCMAcct] OR [ToCMCo]<>[FromCMCo])
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bCMTT] ADD CONSTRAINT [PK_bCMTT_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biCMTT] ON [dbo].[bCMTT] ([CMCo] ASC, [Mth] ASC, [CMTransferTrans] ASC)
GO
ALTER TABLE [dbo].[bCMTT] WITH CHECK ADD CONSTRAINT [FK_bCMTT_bCMCO_CMCo] FOREIGN KEY([CMCo]) REFERENCES [dbo].[bCMCO] ([CMCo])
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMTT].[FromCMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMTT].[ToCMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMTT].[Purge]'
GO
