SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINXB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[MO] [dbo].[bMO] NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[OrderDate] [dbo].[bDate] NULL,
	[OrderedBy] [varchar](10) NULL,
	[RemainCost] [dbo].[bDollar] NOT NULL,
	[CloseDate] [dbo].[bDate] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINXB] ON [dbo].[bINXB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
