SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPDB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[ExpMth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APLine] [smallint] NOT NULL,
	[APSeq] [tinyint] NOT NULL,
	[PayType] [tinyint] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[PayCategory] [int] NULL,
	[TotTaxAmount] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPDB] ON [dbo].[bAPDB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC, [ExpMth] ASC, [APTrans] ASC, [APLine] ASC, [APSeq] ASC)
GO
