SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLRB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[OrigMonth] [dbo].[bMonth] NOT NULL,
	[OrigGLTrans] [dbo].[bTrans] NOT NULL,
	[OrigDate] [dbo].[bDate] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLRef] [dbo].[bGLRef] NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLRB] ADD CONSTRAINT [PK_bGLRB] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLRB] ON [dbo].[bGLRB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
ALTER TABLE [dbo].[bGLRB] WITH CHECK ADD CONSTRAINT [FK_bGLRB_bGLDT_GLCoMthGLTrans] FOREIGN KEY([Co], [OrigMonth], [OrigGLTrans]) REFERENCES [dbo].[bGLDT] ([GLCo], [Mth], [GLTrans])
GO
ALTER TABLE [dbo].[bGLRB] WITH CHECK ADD CONSTRAINT [FK_bGLRB_bHQBC_CoMthBatchId] FOREIGN KEY([Co], [Mth], [BatchId]) REFERENCES [dbo].[bHQBC] ([Co], [Mth], [BatchId])
GO
