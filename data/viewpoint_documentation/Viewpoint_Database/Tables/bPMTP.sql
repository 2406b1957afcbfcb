SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMTP](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Item] [dbo].[bContractItem] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SICode] [varchar](16) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMTP] ON [dbo].[bPMTP] ([PMCo] ASC, [Template] ASC, [PhaseGroup] ASC, [Phase] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMTP] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMTP] WITH CHECK ADD CONSTRAINT [FK_bPMTP_bPMCO] FOREIGN KEY([PMCo]) REFERENCES [dbo].[bPMCO] ([PMCo])
GO
ALTER TABLE [dbo].[bPMTP] WITH CHECK ADD CONSTRAINT [FK_bPMTP_bPMTH] FOREIGN KEY([PMCo], [Template]) REFERENCES [dbo].[bPMTH] ([PMCo], [Template])
GO
