SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLJB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[EntryId] [smallint] NOT NULL,
	[Seq] [tinyint] NOT NULL,
	[GLRef] [dbo].[bGLRef] NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[InterCo] [dbo].[bCompany] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLJB] ADD CONSTRAINT [PK_bGLJB] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLJB] ON [dbo].[bGLJB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
