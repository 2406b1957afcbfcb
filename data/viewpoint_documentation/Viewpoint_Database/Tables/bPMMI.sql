SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMMI](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[MeetingType] [dbo].[bDocType] NOT NULL,
	[Meeting] [int] NOT NULL,
	[MinutesType] [tinyint] NOT NULL,
	[Item] [int] NOT NULL,
	[OriginalItem] [varchar](10) NULL,
	[Minutes] [varchar](max) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[InitFirm] [dbo].[bFirm] NULL,
	[Initiator] [dbo].[bEmployee] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[InitDate] [dbo].[bDate] NULL,
	[DueDate] [dbo].[bDate] NULL,
	[FinDate] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMMI_VendorGroup] CHECK ([Initiator] IS NULL OR [VendorGroup] IS NOT NULL AND [InitFirm] IS NOT NULL),
	CONSTRAINT [CK_bPMMI_VendorGroup_2] CHECK ([ResponsiblePerson] IS NULL OR [VendorGroup] IS NOT NULL AND [ResponsibleFirm] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMMI] ON [dbo].[bPMMI] ([PMCo] ASC, [Project] ASC, [MeetingType] ASC, [Meeting] ASC, [MinutesType] ASC, [Item] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMMI] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMMI] WITH CHECK ADD CONSTRAINT [FK_bPMMI_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMMI] WITH CHECK ADD CONSTRAINT [FK_bPMMI_bPMMM] FOREIGN KEY([PMCo], [Project], [MeetingType], [Meeting], [MinutesType]) REFERENCES [dbo].[bPMMM] ([PMCo], [Project], [MeetingType], [Meeting], [MinutesType])
GO
ALTER TABLE [dbo].[bPMMI] WITH CHECK ADD CONSTRAINT [FK_bPMMI_bPMDT] FOREIGN KEY([MeetingType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMMI] WITH CHECK ADD CONSTRAINT [FK_bPMMI_bPMPM_Initiator] FOREIGN KEY([VendorGroup], [InitFirm], [Initiator]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMMI] WITH CHECK ADD CONSTRAINT [FK_bPMMI_bPMPM_ResponsiblePerson] FOREIGN KEY([VendorGroup], [ResponsibleFirm], [ResponsiblePerson]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMMI] WITH CHECK ADD CONSTRAINT [FK_bPMMI_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
