SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPCT](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[ExpMth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[Description] [dbo].[bDesc] NULL,
	[InvDate] [dbo].[bDate] NOT NULL,
	[Gross] [dbo].[bDollar] NOT NULL,
	[Paid] [dbo].[bDollar] NOT NULL,
	[Remaining] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPCT] ON [dbo].[bAPCT] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
