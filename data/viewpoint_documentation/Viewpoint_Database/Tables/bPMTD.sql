SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMTD](
	[CostType] [dbo].[bJCCType] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [bibPMTD] ON [dbo].[bPMTD] ([CostType] ASC, [PMCo] ASC, [Template] ASC, [PhaseGroup] ASC, [Phase] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMTD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMTD] WITH CHECK ADD CONSTRAINT [FK_bPMTD_bPMTH] FOREIGN KEY([PMCo], [Template]) REFERENCES [dbo].[bPMTH] ([PMCo], [Template])
GO
