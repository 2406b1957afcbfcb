SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMTL](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[TestType] [dbo].[bDocType] NOT NULL,
	[TestCode] [dbo].[bDocument] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Location] [varchar](10) NULL,
	[TestDate] [dbo].[bDate] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[TestFirm] [dbo].[bVendor] NULL,
	[TestContact] [dbo].[bEmployee] NULL,
	[TesterName] [dbo].[bDesc] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMTL_VendorGroup] CHECK ([TestFirm] IS NULL OR [VendorGroup] IS NOT NULL),
	CONSTRAINT [CK_bPMTL_TestFirm] CHECK ([TestContact] IS NULL OR [TestFirm] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMTL] ON [dbo].[bPMTL] ([PMCo] ASC, [Project] ASC, [TestType] ASC, [TestCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMTL] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMTL] WITH CHECK ADD CONSTRAINT [FK_bPMTL_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMTL] WITH CHECK ADD CONSTRAINT [FK_bPMTL_bPMPL] FOREIGN KEY([PMCo], [Project], [Location]) REFERENCES [dbo].[bPMPL] ([PMCo], [Project], [Location])
GO
ALTER TABLE [dbo].[bPMTL] WITH CHECK ADD CONSTRAINT [FK_bPMTL_bPMDT] FOREIGN KEY([TestType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMTL] WITH CHECK ADD CONSTRAINT [FK_bPMTL_bPMFM] FOREIGN KEY([VendorGroup], [TestFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMTL] WITH CHECK ADD CONSTRAINT [FK_bPMTL_bPMPM] FOREIGN KEY([VendorGroup], [TestFirm], [TestContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMTL] WITH CHECK ADD CONSTRAINT [FK_bPMTL_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
