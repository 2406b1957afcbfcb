SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLJA](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLRef] [dbo].[bGLRef] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[EntryId] [smallint] NOT NULL,
	[Seq] [tinyint] NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[InterCo] [dbo].[bCompany] NULL,
	[Source] [dbo].[bSource] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biGLJA] ON [dbo].[bGLJA] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [Jrnl] ASC, [GLRef] ASC, [GLAcct] ASC, [BatchSeq] ASC, [OldNew] ASC, [InterCo] ASC)
GO
