SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMEC](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[BudgetCode] [varchar](10) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMEC_Active] DEFAULT ('Y'),
	[CostLevel] [varchar](1) NOT NULL CONSTRAINT [DF_bPMEC_CostLevel] DEFAULT ('D'),
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[UM] [dbo].[bUM] NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bPMEC_UnitCost] DEFAULT ((0)),
	[HrsPerUnit] [numeric](15, 4) NOT NULL CONSTRAINT [DF_bPMEC_HrsPerUnit] DEFAULT ((0)),
	[Percentage] [dbo].[bPct] NOT NULL CONSTRAINT [DF_bPMEC_Percentage] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Basis] [char](1) NOT NULL CONSTRAINT [DF_bPMEC_Basis] DEFAULT ('U'),
	[TimeUM] [dbo].[bUM] NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bPMEC_Rate] DEFAULT ((0)),
	[ExcludeFromLookups] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMEC_ExcludeFromLookups] DEFAULT ('N'),
	CONSTRAINT [CK_bPMEC_Basis] CHECK ([Basis]='U' OR [Basis]='H')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMEC] ADD CONSTRAINT [PK_bPMEC] PRIMARY KEY CLUSTERED ([PMCo] ASC, [BudgetCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMEC] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMEC] WITH CHECK ADD CONSTRAINT [FK_bPMEC_bPMCO] FOREIGN KEY([PMCo]) REFERENCES [dbo].[bPMCO] ([PMCo])
GO
