SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMSubmittalPackage](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[Package] [dbo].[bDocument] NOT NULL,
	[PackageRev] [varchar](5) NOT NULL,
	[CreateDate] [dbo].[bDate] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Status] [dbo].[bStatus] NULL,
	[SpecSection] [varchar](10) NULL,
	[ApprovingFirm] [dbo].[bFirm] NULL,
	[ApprovingContact] [dbo].[bEmployee] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsibleContact] [dbo].[bEmployee] NULL,
	[SentDate] [dbo].[bDate] NULL,
	[DueDate] [dbo].[bDate] NULL,
	[ReceivedDate] [dbo].[bDate] NULL,
	[ReturnedDate] [dbo].[bDate] NULL,
	[ActivityID] [int] NULL,
	[ActivityDescription] [dbo].[bItemDesc] NULL,
	[ActivityDate] [dbo].[bDate] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Closed] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPMSubmittalPackage_Closed] DEFAULT ('N'),
	[DocType] [dbo].[bDocType] NULL,
	[OurFirm] [dbo].[bFirm] NULL,
	[OurFirmContact] [dbo].[bEmployee] NULL,
	CONSTRAINT [CK_vPMSubmittalPackage_ApprovingFirm] CHECK (NOT ([ApprovingFirm] IS NULL AND [ApprovingContact] IS NOT NULL)),
	CONSTRAINT [CK_vPMSubmittalPackage_ResponsibleFirm] CHECK (NOT ([ResponsibleFirm] IS NULL AND [ResponsibleContact] IS NOT NULL)),
	CONSTRAINT [CK_vPMSubmittalPackage_OurFirm] CHECK (NOT ([OurFirm] IS NULL AND [OurFirmContact] IS NOT NULL))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMSubmittalPackage] ADD CONSTRAINT [PK_vPMSubmittalPackage] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMSubmittalPackage_PackageRevision] ON [dbo].[vPMSubmittalPackage] ([PMCo] ASC, [Project] ASC, [Package] ASC, [PackageRev] ASC)
GO
ALTER TABLE [dbo].[vPMSubmittalPackage] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittalPackage_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
