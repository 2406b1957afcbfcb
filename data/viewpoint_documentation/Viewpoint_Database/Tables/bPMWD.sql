SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMWD](
	[ImportId] [varchar](10) NOT NULL,
	[Sequence] [int] NOT NULL,
	[Item] [varchar](16) NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[UM] [dbo].[bUM] NULL,
	[BillFlag] [char](1) NOT NULL CONSTRAINT [DF_bPMWD_BillFlag] DEFAULT ('C'),
	[ItemUnitFlag] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMWD_ItemUnitFlag] DEFAULT ('N'),
	[PhaseUnitFlag] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMWD_PhaseUnitFlag] DEFAULT ('N'),
	[Hours] [dbo].[bHrs] NULL CONSTRAINT [DF_bPMWD_Hours] DEFAULT ((0)),
	[Units] [dbo].[bUnits] NULL CONSTRAINT [DF_bPMWD_Units] DEFAULT ((0)),
	[Costs] [dbo].[bDollar] NULL CONSTRAINT [DF_bPMWD_Costs] DEFAULT ((0)),
	[ImportItem] [varchar](30) NULL,
	[ImportPhase] [varchar](30) NULL,
	[ImportCostType] [varchar](30) NULL,
	[ImportUM] [varchar](30) NULL,
	[ImportMisc1] [varchar](30) NULL,
	[ImportMisc2] [varchar](30) NULL,
	[ImportMisc3] [varchar](30) NULL,
	[Errors] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ActiveYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMWD_ActiveYN] DEFAULT ('Y'),
	[BuyOutYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMWD_BuyOutYN] DEFAULT ('N'),
	CONSTRAINT [CK_bPMWD_ItemUnitFlag] CHECK ([ItemUnitFlag]='N' OR [ItemUnitFlag]='Y' OR [ItemUnitFlag]=NULL),
	CONSTRAINT [CK_bPMWD_PhaseUnitFlag] CHECK ([PhaseUnitFlag]='N' OR [PhaseUnitFlag]='Y' OR [PhaseUnitFlag]=NULL)
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMWD] ADD CONSTRAINT [PK_bPMWD] PRIMARY KEY CLUSTERED ([PMCo] ASC, [ImportId] ASC, [Sequence] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMWD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMWD] WITH CHECK ADD CONSTRAINT [FK_bPMWD_bPMWH] FOREIGN KEY([PMCo], [ImportId]) REFERENCES [dbo].[bPMWH] ([PMCo], [ImportId])
GO
