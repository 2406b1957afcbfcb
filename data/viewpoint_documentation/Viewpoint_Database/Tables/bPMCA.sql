SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMCA](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Addon] [int] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Basis] [char](1) NOT NULL,
	[Pct] [numeric](12, 6) NULL,
	[Amount] [dbo].[bDollar] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[Item] [dbo].[bContractItem] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[TotalType] [char](1) NOT NULL CONSTRAINT [DF_bPMCA_TotalType] DEFAULT ('N'),
	[Include] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMCA_Include] DEFAULT ('N'),
	[NetCalcLevel] [varchar](1) NOT NULL CONSTRAINT [DF_bPMCA_NetCalcLevel] DEFAULT ('T'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BasisCostType] [dbo].[bJCCType] NULL,
	[RevRedirect] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMCA_RevRedirect] DEFAULT ('N'),
	[RevItem] [dbo].[bContractItem] NULL,
	[RevStartAtItem] [int] NULL CONSTRAINT [DF_bPMCA_RevStartAtItem] DEFAULT ((0)),
	[RevFixedACOItem] [dbo].[bACOItem] NULL,
	[RevUseItem] [char](1) NOT NULL CONSTRAINT [DF_bPMCA_RevUseItem] DEFAULT ('U'),
	[Standard] [char](1) NOT NULL CONSTRAINT [DF_bPMCA_Standard] DEFAULT ('Y'),
	[RoundAmount] [char](1) NOT NULL CONSTRAINT [DF_bPMCA_RoundAmount] DEFAULT ('N'),
	CONSTRAINT [CK_bPMCA_Standard] CHECK ([Standard]='Y' OR [Standard]='N'),
	CONSTRAINT [CK_bPMCA_RoundAmount] CHECK ([RoundAmount]='Y' OR [RoundAmount]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMCA] ADD CONSTRAINT [PK_bPMCA] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Addon] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMCA] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMCA] WITH CHECK ADD CONSTRAINT [FK_bPMCA_bJCCT_BasisCostType] FOREIGN KEY([PhaseGroup], [BasisCostType]) REFERENCES [dbo].[bJCCT] ([PhaseGroup], [CostType])
GO
ALTER TABLE [dbo].[bPMCA] WITH CHECK ADD CONSTRAINT [FK_bPMCA_bJCCT_CostType] FOREIGN KEY([PhaseGroup], [CostType]) REFERENCES [dbo].[bJCCT] ([PhaseGroup], [CostType])
GO
ALTER TABLE [dbo].[bPMCA] WITH CHECK ADD CONSTRAINT [FK_bPMCA_bPMCo] FOREIGN KEY([PMCo]) REFERENCES [dbo].[bPMCO] ([PMCo])
GO
ALTER TABLE [dbo].[bPMCA] WITH CHECK ADD CONSTRAINT [FK_bPMCA_bJCPM] FOREIGN KEY([PhaseGroup], [Phase]) REFERENCES [dbo].[bJCPM] ([PhaseGroup], [Phase])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMCA].[Include]'
GO
