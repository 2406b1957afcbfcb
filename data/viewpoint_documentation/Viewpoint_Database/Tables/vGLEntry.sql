SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vGLEntry](
	[GLEntryID] [bigint] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[TransactionsShouldBalance] [bit] NOT NULL CONSTRAINT [DF_vGLEntry_TransactionsShouldBalance] DEFAULT ((0)),
	[HQBatchDistributionID] [bigint] NULL,
	[PRLedgerUpdateMonthID] [bigint] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vGLEntry] ADD CONSTRAINT [PK_vGLEntry] PRIMARY KEY CLUSTERED ([GLEntryID] ASC)
GO
ALTER TABLE [dbo].[vGLEntry] WITH CHECK ADD CONSTRAINT [FK_vGLEntry_vHQBatchDistribution] FOREIGN KEY([HQBatchDistributionID]) REFERENCES [dbo].[vHQBatchDistribution] ([HQBatchDistributionID])
GO
ALTER TABLE [dbo].[vGLEntry] WITH CHECK ADD CONSTRAINT [FK_vGLEntry_vPRLedgerUpdateMonth] FOREIGN KEY([PRLedgerUpdateMonthID]) REFERENCES [dbo].[vPRLedgerUpdateMonth] ([PRLedgerUpdateMonthID])
GO
