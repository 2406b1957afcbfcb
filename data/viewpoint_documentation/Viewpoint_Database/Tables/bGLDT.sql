SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLDT](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[GLTrans] [dbo].[bTrans] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLRef] [dbo].[bGLRef] NOT NULL,
	[SourceCo] [dbo].[bCompany] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[DatePosted] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[RevStatus] [tinyint] NOT NULL,
	[Adjust] [char](1) NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLDT] ADD CONSTRAINT [PK_bGLDT] PRIMARY KEY CLUSTERED ([GLCo] ASC, [Mth] ASC, [GLTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bGLDT_GLAcct] ON [dbo].[bGLDT] ([GLAcct] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bGLDT_Mth] ON [dbo].[bGLDT] ([Mth] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bGLDT_GLAcctMth] ON [dbo].[bGLDT] ([Mth] ASC, [GLCo] ASC, [GLAcct] ASC)
GO
CREATE NONCLUSTERED INDEX [biGLDTUniqueAttchID] ON [dbo].[bGLDT] ([UniqueAttchID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLDT].[Purge]'
GO
