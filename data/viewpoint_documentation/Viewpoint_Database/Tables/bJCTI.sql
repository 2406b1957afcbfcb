SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCTI](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[InsTemplate] [smallint] NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[InsCode] [varchar](10) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCTI] ON [dbo].[bJCTI] ([JCCo] ASC, [InsTemplate] ASC, [PhaseGroup] ASC, [Phase] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCTI] ([KeyID] ASC)
GO
