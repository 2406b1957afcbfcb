SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMRI](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[RFIType] [dbo].[bDocType] NOT NULL,
	[RFI] [dbo].[bDocument] NOT NULL,
	[Subject] [varchar](60) NULL,
	[RFIDate] [dbo].[bDate] NOT NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Submittal] [varchar](10) NULL,
	[Drawing] [varchar](10) NULL,
	[Addendum] [varchar](10) NULL,
	[SpecSec] [varchar](10) NULL,
	[ScheduleNo] [varchar](10) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[ReqFirm] [dbo].[bFirm] NULL,
	[ReqContact] [dbo].[bEmployee] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Response] [varchar](max) NULL,
	[DateDue] [dbo].[bDate] NULL,
	[ImpactDesc] [dbo].[bItemDesc] NULL,
	[ImpactDays] [smallint] NULL,
	[ImpactCosts] [dbo].[bDollar] NULL,
	[ImpactPrice] [dbo].[bDollar] NULL,
	[RespondFirm] [dbo].[bFirm] NULL,
	[RespondContact] [dbo].[bEmployee] NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[PrefMethod] [varchar](1) NOT NULL CONSTRAINT [DF_bPMRI_PrefMethod] DEFAULT ('M'),
	[InfoRequested] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ImpactDaysYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMRI_ImpactDaysYN] DEFAULT ('N'),
	[ImpactCostsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMRI_ImpactCostsYN] DEFAULT ('N'),
	[ImpactPriceYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMRI_ImpactPriceYN] DEFAULT ('N'),
	[Suggestion] [varchar](max) NULL,
	[Reference] [varchar](10) NULL,
	CONSTRAINT [CK_bPMRI_ReqFirm] CHECK ([ReqContact] IS NULL OR [ReqFirm] IS NOT NULL),
	CONSTRAINT [CK_bPMRI_RespondFirm] CHECK ([RespondContact] IS NULL OR [RespondFirm] IS NOT NULL)
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMRI] ADD CONSTRAINT [PK_bPMRI] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_bPMRI_RFI] ON [dbo].[bPMRI] ([PMCo] ASC, [Project] ASC, [RFIType] ASC, [RFI] ASC)
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bPMDT] FOREIGN KEY([RFIType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bPMFM_ReqFirm] FOREIGN KEY([VendorGroup], [ReqFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bPMFM_RespondFirm] FOREIGN KEY([VendorGroup], [RespondFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bPMPM_ReqContact] FOREIGN KEY([VendorGroup], [ReqFirm], [ReqContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bPMPM_RespondContact] FOREIGN KEY([VendorGroup], [RespondFirm], [RespondContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bPMPM_ResponsiblePerson] FOREIGN KEY([VendorGroup], [ResponsibleFirm], [ResponsiblePerson]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMRI] WITH CHECK ADD CONSTRAINT [FK_bPMRI_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
