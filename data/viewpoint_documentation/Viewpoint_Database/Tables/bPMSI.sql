SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMSI](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Submittal] [dbo].[bDocument] NOT NULL,
	[SubmittalType] [dbo].[bDocType] NOT NULL,
	[Rev] [tinyint] NOT NULL,
	[Item] [smallint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Send] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMSI_Send] DEFAULT ('Y'),
	[DateReqd] [dbo].[bDate] NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[ToArchEng] [dbo].[bDate] NULL,
	[DueBackArch] [dbo].[bDate] NULL,
	[RecdBackArch] [dbo].[bDate] NULL,
	[DateRetd] [dbo].[bDate] NULL,
	[ActivityDate] [dbo].[bDate] NULL,
	[CopiesRecd] [tinyint] NULL,
	[CopiesSent] [tinyint] NULL,
	[CopiesReqd] [tinyint] NULL,
	[CopiesRecdArch] [tinyint] NULL,
	[CopiesSentArch] [tinyint] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ChangedFromPMSM] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMSI_ChangedFromPMSM] DEFAULT ('N'),
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Issue] [dbo].[bIssue] NULL,
	[SpecNumber] [varchar](20) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMSI] ADD CONSTRAINT [PK_bPMSI] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [SubmittalType] ASC, [Submittal] ASC, [Rev] ASC, [Item] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMSI] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMSI] WITH CHECK ADD CONSTRAINT [FK_bPMSI_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMSI] WITH CHECK ADD CONSTRAINT [FK_bPMSI_bPMSM] FOREIGN KEY([PMCo], [Project], [Submittal], [SubmittalType], [Rev]) REFERENCES [dbo].[bPMSM] ([PMCo], [Project], [Submittal], [SubmittalType], [Rev])
GO
ALTER TABLE [dbo].[bPMSI] WITH CHECK ADD CONSTRAINT [FK_bPMSI_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMSI].[Send]'
GO
