SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMED](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[BudgetNo] [varchar](10) NOT NULL,
	[Seq] [int] NOT NULL,
	[CostLevel] [varchar](1) NOT NULL CONSTRAINT [DF_bPMED_CostLevel] DEFAULT ('D'),
	[GroupNo] [int] NOT NULL CONSTRAINT [DF_bPMED_GroupNo] DEFAULT ((0)),
	[Line] [int] NOT NULL CONSTRAINT [DF_bPMED_Line] DEFAULT ((0)),
	[BudgetCode] [varchar](10) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[Units] [dbo].[bUnits] NULL CONSTRAINT [DF_bPMED_Units] DEFAULT ((0)),
	[UM] [dbo].[bUM] NULL,
	[HrsPerUnit] [numeric](15, 4) NULL CONSTRAINT [DF_bPMED_HrsPerUnit] DEFAULT ((0)),
	[Hours] [dbo].[bHrs] NULL CONSTRAINT [DF_bPMED_Hours] DEFAULT ((0)),
	[HourCost] [dbo].[bUnitCost] NULL CONSTRAINT [DF_bPMED_HourCost] DEFAULT ((0)),
	[UnitCost] [dbo].[bUnitCost] NULL CONSTRAINT [DF_bPMED_UnitCost] DEFAULT ((0)),
	[Markup] [dbo].[bPct] NULL CONSTRAINT [DF_bPMED_Markup] DEFAULT ((0)),
	[Amount] [dbo].[bDollar] NULL CONSTRAINT [DF_bPMED_Amount] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMED] ADD CONSTRAINT [PK_bPMED] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [BudgetNo] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMED] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMED] WITH CHECK ADD CONSTRAINT [FK_bPMED_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMED] WITH CHECK ADD CONSTRAINT [FK_bPMED_bPMEH] FOREIGN KEY([PMCo], [Project], [BudgetNo]) REFERENCES [dbo].[bPMEH] ([PMCo], [Project], [BudgetNo])
GO
