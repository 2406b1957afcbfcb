SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPA](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[AddOn] [int] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Basis] [char](1) NOT NULL,
	[Pct] [numeric](12, 6) NULL,
	[Amount] [dbo].[bDollar] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[Contract] [dbo].[bContract] NULL,
	[Item] [dbo].[bContractItem] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[TotalType] [char](1) NOT NULL CONSTRAINT [DF_bPMPA_TotalType] DEFAULT ('N'),
	[Include] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMPA_Include] DEFAULT ('N'),
	[NetCalcLevel] [varchar](1) NOT NULL CONSTRAINT [DF_bPMPA_NetCalcLevel] DEFAULT ('T'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BasisCostType] [dbo].[bJCCType] NULL,
	[RevRedirect] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMPA_RevRedirect] DEFAULT ('N'),
	[RevItem] [dbo].[bContractItem] NULL,
	[RevStartAtItem] [int] NULL CONSTRAINT [DF_bPMPA_RevStartAtItem] DEFAULT ((0)),
	[RevFixedACOItem] [dbo].[bACOItem] NULL,
	[RevUseItem] [char](1) NOT NULL CONSTRAINT [DF_bPMPA_RevUseItem] DEFAULT ('U'),
	[Standard] [char](1) NOT NULL CONSTRAINT [DF_bPMPA_Standard] DEFAULT ('Y'),
	[RoundAmount] [char](1) NOT NULL CONSTRAINT [DF_bPMPA_RoundAmount] DEFAULT ('N'),
	CONSTRAINT [CK_bPMPA_PhaseGroup] CHECK ([BasisCostType] IS NULL OR [PhaseGroup] IS NOT NULL),
	CONSTRAINT [CK_bPMPA_Standard] CHECK ([Standard]='Y' OR [Standard]='N'),
	CONSTRAINT [CK_bPMPA_RoundAmount] CHECK ([RoundAmount]='Y' OR [RoundAmount]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMPA] ADD CONSTRAINT [PK_bPMPA] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [AddOn] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPA] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMPA] WITH CHECK ADD CONSTRAINT [FK_bPMPA_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMPA] WITH CHECK ADD CONSTRAINT [FK_bPMPA_bJCCT] FOREIGN KEY([PhaseGroup], [BasisCostType]) REFERENCES [dbo].[bJCCT] ([PhaseGroup], [CostType])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMPA].[Include]'
GO
