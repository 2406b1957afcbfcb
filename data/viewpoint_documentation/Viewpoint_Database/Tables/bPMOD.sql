SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOD](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[DocType] [dbo].[bDocType] NOT NULL,
	[Document] [dbo].[bDocument] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Location] [varchar](60) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[RelatedFirm] [dbo].[bFirm] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Status] [dbo].[bStatus] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[DateDue] [dbo].[bDate] NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateDueBack] [dbo].[bDate] NULL,
	[DateRecdBack] [dbo].[bDate] NULL,
	[DateRetd] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMOD] ADD CONSTRAINT [PK_bPMOD] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPMOD] ON [dbo].[bPMOD] ([PMCo] ASC, [Project] ASC, [DocType] ASC, [Document] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMOD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMOD] WITH CHECK ADD CONSTRAINT [FK_bPMOD_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMOD] WITH CHECK ADD CONSTRAINT [FK_bPMOD_bPMDT] FOREIGN KEY([DocType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMOD] WITH CHECK ADD CONSTRAINT [FK_bPMOD_bPMFM] FOREIGN KEY([VendorGroup], [RelatedFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMOD] WITH CHECK ADD CONSTRAINT [FK_bPMOD_bPMPM] FOREIGN KEY([VendorGroup], [ResponsibleFirm], [ResponsiblePerson]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMOD] WITH CHECK ADD CONSTRAINT [FK_bPMOD_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
