SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINMB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[MO] [varchar](10) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[OrderDate] [dbo].[bDate] NULL,
	[OrderedBy] [varchar](10) NULL,
	[Status] [tinyint] NOT NULL,
	[Notes] [varchar](max) NULL,
	[OldDesc] [dbo].[bItemDesc] NULL,
	[OldJCCo] [dbo].[bCompany] NULL,
	[OldJob] [dbo].[bJob] NULL,
	[OldOrderDate] [dbo].[bDate] NULL,
	[OldOrderedBy] [varchar](10) NULL,
	[OldStatus] [tinyint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINMB] ON [dbo].[bINMB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINMB] ([KeyID] ASC)
GO
