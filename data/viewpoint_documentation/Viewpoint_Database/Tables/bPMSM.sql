SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMSM](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Submittal] [dbo].[bDocument] NOT NULL,
	[SubmittalType] [dbo].[bDocType] NOT NULL,
	[Rev] [tinyint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Status] [dbo].[bStatus] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[SubFirm] [dbo].[bFirm] NULL,
	[SubContact] [dbo].[bEmployee] NULL,
	[ArchEngFirm] [dbo].[bFirm] NULL,
	[ArchEngContact] [dbo].[bEmployee] NULL,
	[DateReqd] [dbo].[bDate] NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[ToArchEng] [dbo].[bDate] NULL,
	[DueBackArch] [dbo].[bDate] NULL,
	[RecdBackArch] [dbo].[bDate] NULL,
	[DateRetd] [dbo].[bDate] NULL,
	[ActivityDate] [dbo].[bDate] NULL,
	[CopiesRecd] [tinyint] NULL,
	[CopiesSent] [tinyint] NULL,
	[Notes] [varchar](max) NULL,
	[CopiesReqd] [tinyint] NULL,
	[CopiesRecdArch] [tinyint] NULL,
	[CopiesSentArch] [tinyint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SpecNumber] [varchar](20) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Seq] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMSM] ON [dbo].[bPMSM] ([PMCo] ASC, [Project] ASC, [Submittal] ASC, [SubmittalType] ASC, [Rev] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMSM] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bPMDT] FOREIGN KEY([SubmittalType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bPMFM_ArchEngFirm] FOREIGN KEY([VendorGroup], [ArchEngFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bPMFM_SubFirm] FOREIGN KEY([VendorGroup], [SubFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bPMPM_ArchEngContact] FOREIGN KEY([VendorGroup], [ArchEngFirm], [ArchEngContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bPMPM_ResponsiblePerson] FOREIGN KEY([VendorGroup], [ResponsibleFirm], [ResponsiblePerson]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bPMPM_SubContact] FOREIGN KEY([VendorGroup], [SubFirm], [SubContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMSM] WITH CHECK ADD CONSTRAINT [FK_bPMSM_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
