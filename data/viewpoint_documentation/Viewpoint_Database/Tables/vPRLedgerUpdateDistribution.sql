SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRLedgerUpdateDistribution](
	[PRLedgerUpdateDistributionID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Posted] [bit] NOT NULL CONSTRAINT [DF_vPRLedgerUpdateDistribution_Posted] DEFAULT ((0))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRLedgerUpdateDistribution] ADD CONSTRAINT [PK_vPRLedgerUpdateDistribution] PRIMARY KEY CLUSTERED ([PRLedgerUpdateDistributionID] ASC)
GO
