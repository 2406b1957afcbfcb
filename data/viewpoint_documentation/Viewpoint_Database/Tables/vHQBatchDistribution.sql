SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQBatchDistribution](
	[HQBatchDistributionID] [bigint] IDENTITY(1,1) NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NULL,
	[Line] [smallint] NULL,
	[Posted] [bit] NOT NULL CONSTRAINT [DF_vHQBatchDistribution_Posted] DEFAULT ((0)),
	[InterfacingCo] [dbo].[bCompany] NOT NULL,
	[IsReversing] [bit] NOT NULL CONSTRAINT [DF_vHQBatchDistribution_IsReversing] DEFAULT ((0)),
	[DistributionXML] [xml] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQBatchDistribution] ADD CONSTRAINT [PK_vHQBatchDistributionID] PRIMARY KEY CLUSTERED ([HQBatchDistributionID] ASC)
GO
