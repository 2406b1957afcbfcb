SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCPPCostTypes](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[LinkProgress] [dbo].[bJCCType] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bJCPPCostTypes] ADD CONSTRAINT [PK_JCPPCostTypes] PRIMARY KEY CLUSTERED ([Co] ASC, [Mth] ASC, [BatchId] ASC, [PhaseGroup] ASC, [CostType] ASC)
GO
