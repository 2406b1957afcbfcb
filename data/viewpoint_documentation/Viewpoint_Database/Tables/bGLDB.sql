SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLDB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[GLTrans] [dbo].[bTrans] NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLRef] [dbo].[bGLRef] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[OldGLAcct] [dbo].[bGLAcct] NULL,
	[OldActDate] [dbo].[bDate] NULL,
	[OldDesc] [dbo].[bTransDesc] NULL,
	[OldAmount] [dbo].[bDollar] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[InterCo] [dbo].[bCompany] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLDB] ADD CONSTRAINT [PK_bGLDB] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLDB] ON [dbo].[bGLDB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biGLDBBatchSeq] ON [dbo].[bGLDB] ([BatchSeq] ASC, [Co] ASC, [Mth] ASC, [BatchId] ASC)
GO
CREATE NONCLUSTERED INDEX [biGLDBInterCo] ON [dbo].[bGLDB] ([InterCo] ASC, [GLAcct] ASC)
GO
ALTER TABLE [dbo].[bGLDB] WITH CHECK ADD CONSTRAINT [FK_bGLDB_bHQBC_CoMthBatchId] FOREIGN KEY([Co], [Mth], [BatchId]) REFERENCES [dbo].[bHQBC] ([Co], [Mth], [BatchId])
GO
