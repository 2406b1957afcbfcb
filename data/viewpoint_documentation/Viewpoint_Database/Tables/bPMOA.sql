SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOA](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NOT NULL,
	[PCO] [dbo].[bPCO] NOT NULL,
	[PCOItem] [dbo].[bPCOItem] NOT NULL,
	[AddOn] [int] NOT NULL,
	[Basis] [char](1) NOT NULL,
	[AddOnPercent] [numeric](12, 6) NULL,
	[AddOnAmount] [dbo].[bDollar] NULL,
	[Status] [char](1) NOT NULL CONSTRAINT [DF_bPMOA_Status] DEFAULT ('Y'),
	[TotalType] [char](1) NOT NULL CONSTRAINT [DF_bPMOA_TotalType] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Include] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMOA_Include] DEFAULT ('N'),
	[NetCalcLevel] [varchar](1) NOT NULL CONSTRAINT [DF_bPMOA_NetCalcLevel] DEFAULT ('T'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BasisCostType] [dbo].[bJCCType] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[RevACOItemId] [bigint] NULL,
	[RevACOItemAmt] [dbo].[bDollar] NULL,
	[AmtNotRound] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMOA] ADD CONSTRAINT [PK_bPMOA] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bPMOA_PMCoProjectPCOType] ON [dbo].[bPMOA] ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [PCOItem] ASC, [AddOn] ASC)
GO
ALTER TABLE [dbo].[bPMOA] WITH CHECK ADD CONSTRAINT [FK_bPMOA_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMOA].[Include]'
GO
