SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMBC](
	[Co] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchTable] [varchar](4) NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchCo] [dbo].[bCompany] NOT NULL,
	[SLSeq] [int] NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[ChangeOrderHeaderBatch] [char](1) NOT NULL CONSTRAINT [DF_bPMBC_ChangeOrderHeaderBatch] DEFAULT ('N'),
	CONSTRAINT [CK_bPMBC_ChangeOrderHeaderBatch] CHECK ([ChangeOrderHeaderBatch]='N' OR [ChangeOrderHeaderBatch]='Y')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMBC] ON [dbo].[bPMBC] ([Co] ASC, [Project] ASC, [Mth] ASC, [BatchTable] ASC, [BatchId] ASC, [SLSeq] ASC)
GO
