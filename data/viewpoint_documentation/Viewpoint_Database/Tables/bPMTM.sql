SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMTM](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Transmittal] [dbo].[bDocument] NOT NULL,
	[Subject] [varchar](255) NULL,
	[TransDate] [dbo].[bDate] NOT NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateDue] [dbo].[bDate] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[CreatedBy] [dbo].[bVPUserName] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[DateResponded] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMTM] ADD CONSTRAINT [PK_bPMTM] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [Transmittal] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMTM] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMTM] WITH CHECK ADD CONSTRAINT [FK_bPMTM_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMTM] WITH CHECK ADD CONSTRAINT [FK_bPMTM_bPMPM] FOREIGN KEY([VendorGroup], [ResponsibleFirm], [ResponsiblePerson]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
