SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMIL](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[InspectionType] [dbo].[bDocType] NOT NULL,
	[InspectionCode] [dbo].[bDocument] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Location] [varchar](10) NULL,
	[InspectionDate] [dbo].[bDate] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[InspectionFirm] [dbo].[bVendor] NULL,
	[InspectionContact] [dbo].[bEmployee] NULL,
	[InspectorName] [dbo].[bDesc] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMIL_VendorGroup] CHECK ([InspectionFirm] IS NULL OR [VendorGroup] IS NOT NULL),
	CONSTRAINT [CK_bPMIL_InspectionFirm] CHECK ([InspectionContact] IS NULL OR [InspectionFirm] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMIL] ON [dbo].[bPMIL] ([PMCo] ASC, [Project] ASC, [InspectionType] ASC, [InspectionCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMIL] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMIL] WITH CHECK ADD CONSTRAINT [FK_bPMIL_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMIL] WITH CHECK ADD CONSTRAINT [FK_bPMIL_bPMDT] FOREIGN KEY([InspectionType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMIL] WITH CHECK ADD CONSTRAINT [FK_bPMIL_bPMFM] FOREIGN KEY([VendorGroup], [InspectionFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMIL] WITH CHECK ADD CONSTRAINT [FK_bPMIL_bPMPL] FOREIGN KEY([PMCo], [Project], [Location]) REFERENCES [dbo].[bPMPL] ([PMCo], [Project], [Location])
GO
ALTER TABLE [dbo].[bPMIL] WITH CHECK ADD CONSTRAINT [FK_bPMIL_bPMPM] FOREIGN KEY([VendorGroup], [InspectionFirm], [InspectionContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMIL] WITH CHECK ADD CONSTRAINT [FK_bPMIL_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
