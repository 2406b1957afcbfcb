SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vJCCostEntry](
	[JCCostEntryID] [bigint] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[HQBatchDistributionID] [bigint] NULL,
	[PRLedgerUpdateMonthID] [bigint] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vJCCostEntry] ADD CONSTRAINT [PK_vJCCostEntry] PRIMARY KEY CLUSTERED ([JCCostEntryID] ASC)
GO
ALTER TABLE [dbo].[vJCCostEntry] WITH CHECK ADD CONSTRAINT [FK_vJCCostEntry_vHQBatchDistribution] FOREIGN KEY([HQBatchDistributionID]) REFERENCES [dbo].[vHQBatchDistribution] ([HQBatchDistributionID])
GO
ALTER TABLE [dbo].[vJCCostEntry] WITH CHECK ADD CONSTRAINT [FK_vJCCostEntry_vPRLedgerUpateMonth] FOREIGN KEY([PRLedgerUpdateMonthID]) REFERENCES [dbo].[vPRLedgerUpdateMonth] ([PRLedgerUpdateMonthID])
GO
