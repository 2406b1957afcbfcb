SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCJP](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[ProjMinPct] [dbo].[bPct] NULL,
	[ActiveYN] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[InsCode] [dbo].[bInsCode] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCJP] ON [dbo].[bJCJP] ([JCCo] ASC, [Job] ASC, [PhaseGroup] ASC, [Phase] ASC)
GO
CREATE NONCLUSTERED INDEX [biJCJPContract] ON [dbo].[bJCJP] ([JCCo] ASC, [Contract] ASC, [Item] ASC, [Job] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCJP] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCJP].[ProjMinPct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJP].[ActiveYN]'
GO
EXEC sp_bindefault N'[dbo].[bdYes]', N'[dbo].[bJCJP].[ActiveYN]'
GO
