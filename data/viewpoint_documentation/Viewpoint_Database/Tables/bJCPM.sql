SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCPM](
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[ProjMinPct] [dbo].[bPct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCPM] ON [dbo].[bJCPM] ([PhaseGroup] ASC, [Phase] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCPM] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biJCPMNoGroup] ON [dbo].[bJCPM] ([Phase] ASC)
GO
