SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPC](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[Markup] [numeric](12, 6) NULL,
	[RoundAmount] [char](1) NOT NULL CONSTRAINT [DF_bPMPC_RoundAmount] DEFAULT ('N'),
	CONSTRAINT [CK_bPMPC_RoundAmount] CHECK ([RoundAmount]='Y' OR [RoundAmount]='N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPC] ON [dbo].[bPMPC] ([PMCo] ASC, [Project] ASC, [PhaseGroup] ASC, [CostType] ASC)
GO
ALTER TABLE [dbo].[bPMPC] WITH CHECK ADD CONSTRAINT [FK_bPMPC_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMPC] WITH CHECK ADD CONSTRAINT [FK_bPMPC_bJCCT] FOREIGN KEY([PhaseGroup], [CostType]) REFERENCES [dbo].[bJCCT] ([PhaseGroup], [CostType])
GO
