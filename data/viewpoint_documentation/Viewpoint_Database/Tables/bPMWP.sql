SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMWP](
	[ImportId] [varchar](10) NOT NULL,
	[Sequence] [int] NOT NULL,
	[Item] [dbo].[bContractItem] NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[ImportItem] [varchar](30) NULL,
	[ImportPhase] [varchar](30) NULL,
	[ImportMisc1] [varchar](30) NULL,
	[ImportMisc2] [varchar](30) NULL,
	[ImportMisc3] [varchar](30) NULL,
	[Errors] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ActiveYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMWP_ActiveYN] DEFAULT ('Y'),
	[InsCode] [dbo].[bInsCode] NULL,
	[ProjMinPct] [dbo].[bPct] NULL CONSTRAINT [DF_bPMWP_ProjMinPct] DEFAULT ((0))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMWP] ADD CONSTRAINT [PK_bPMWP] PRIMARY KEY CLUSTERED ([PMCo] ASC, [ImportId] ASC, [Sequence] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMWP] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMWP] WITH CHECK ADD CONSTRAINT [FK_bPMWP_bPMWH] FOREIGN KEY([PMCo], [ImportId]) REFERENCES [dbo].[bPMWH] ([PMCo], [ImportId])
GO
