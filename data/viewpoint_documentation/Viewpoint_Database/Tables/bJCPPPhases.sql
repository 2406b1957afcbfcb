SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCPPPhases](
	[Co] [dbo].[bCompany] NOT NULL,
	[Month] [dbo].[bMonth] NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCPPPhases] ON [dbo].[bJCPPPhases] ([Co] ASC, [Month] ASC, [BatchId] ASC, [Job] ASC, [Phase] ASC)
GO
