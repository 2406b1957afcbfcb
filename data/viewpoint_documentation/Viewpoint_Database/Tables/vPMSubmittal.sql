SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMSubmittal](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[Seq] [bigint] NOT NULL,
	[SubmittalNumber] [dbo].[bDocument] NULL,
	[SubmittalRev] [varchar](5) NULL,
	[Package] [dbo].[bDocument] NULL,
	[PackageRev] [varchar](5) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Details] [dbo].[bNotes] NULL,
	[DocumentType] [varchar](10) NULL,
	[Status] [dbo].[bStatus] NULL,
	[SpecSection] [varchar](10) NULL,
	[Copies] [tinyint] NULL,
	[ApprovingFirm] [dbo].[bFirm] NULL,
	[ApprovingFirmContact] [dbo].[bEmployee] NULL,
	[OurFirmContact] [dbo].[bEmployee] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsibleFirmContact] [dbo].[bEmployee] NULL,
	[Subcontract] [varchar](30) NULL,
	[PurchaseOrder] [varchar](30) NULL,
	[ActivityID] [int] NULL,
	[ActivityDescription] [dbo].[bItemDesc] NULL,
	[ActivityDate] [dbo].[bDate] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[DueToResponsibleFirm] [dbo].[bDate] NULL,
	[SentToResponsibleFirm] [dbo].[bDate] NULL,
	[DueFromResponsibleFirm] [dbo].[bDate] NULL,
	[ReceivedFromResponsibleFirm] [dbo].[bDate] NULL,
	[ReturnedToResponsibleFirm] [dbo].[bDate] NULL,
	[DueToApprovingFirm] [dbo].[bDate] NULL,
	[SentToApprovingFirm] [dbo].[bDate] NULL,
	[DueFromApprovingFirm] [dbo].[bDate] NULL,
	[ReceivedFromApprovingFirm] [dbo].[bDate] NULL,
	[LeadDays1] [smallint] NULL,
	[LeadDays2] [smallint] NULL,
	[LeadDays3] [smallint] NULL,
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[OurFirm] [dbo].[bFirm] NULL,
	[APCo] [dbo].[bCompany] NULL,
	[Closed] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPMSubmittal_Closed] DEFAULT ('N'),
	CONSTRAINT [CK_vPMSubmittal_ApprovingFirm] CHECK (NOT ([ApprovingFirm] IS NULL AND [ApprovingFirmContact] IS NOT NULL)),
	CONSTRAINT [CK_vPMSubmittal_OurFirmContact] CHECK (NOT ([OurFirm] IS NULL AND [OurFirmContact] IS NOT NULL)),
	CONSTRAINT [CK_vPMSubmittal_ResponsibleFirm] CHECK (NOT ([ResponsibleFirm] IS NULL AND [ResponsibleFirmContact] IS NOT NULL)),
	CONSTRAINT [CK_vPMSubmittal_Subcontract] CHECK (NOT ([APCo] IS NULL AND ([PurchaseOrder] IS NOT NULL OR [Subcontract] IS NOT NULL)))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMSubmittal] ADD CONSTRAINT [PK_vPMSubmittal] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMSubmittalSeq] ON [dbo].[vPMSubmittal] ([PMCo] ASC, [Project] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bPMFM_ApprovingFirm] FOREIGN KEY([VendorGroup], [ApprovingFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bPMFM_OurFirm] FOREIGN KEY([VendorGroup], [OurFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bPMFM_ResponsibleFirm] FOREIGN KEY([VendorGroup], [ResponsibleFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bPMPM_ApprovingFirm] FOREIGN KEY([VendorGroup], [ApprovingFirm], [ApprovingFirmContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bPMPM_OurFirm] FOREIGN KEY([VendorGroup], [OurFirm], [OurFirmContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bPMPM_ResponsibleFirm] FOREIGN KEY([VendorGroup], [ResponsibleFirm], [ResponsibleFirmContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bPOHD_PurchaseOrder] FOREIGN KEY([APCo], [PurchaseOrder]) REFERENCES [dbo].[bPOHD] ([POCo], [PO])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_bSLHD_Subcontract] FOREIGN KEY([APCo], [Subcontract]) REFERENCES [dbo].[bSLHD] ([SLCo], [SL])
GO
ALTER TABLE [dbo].[vPMSubmittal] WITH CHECK ADD CONSTRAINT [FK_vPMSubmittal_vPMSubmittalPackage] FOREIGN KEY([PMCo], [Project], [Package], [PackageRev]) REFERENCES [dbo].[vPMSubmittalPackage] ([PMCo], [Project], [Package], [PackageRev])
GO
