SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMMM](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[MeetingType] [dbo].[bDocType] NOT NULL,
	[MeetingDate] [dbo].[bDate] NOT NULL,
	[Meeting] [int] NOT NULL,
	[MinutesType] [tinyint] NOT NULL,
	[MeetingTime] [smalldatetime] NULL,
	[Location] [varchar](30) NULL,
	[Subject] [varchar](60) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[FirmNumber] [dbo].[bFirm] NULL,
	[Preparer] [dbo].[bEmployee] NULL,
	[NextDate] [dbo].[bDate] NULL,
	[NextTime] [smalldatetime] NULL,
	[NextLocation] [varchar](30) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMMM_MinutesType] CHECK ([MinutesType]=(1) OR [MinutesType]=(0)),
	CONSTRAINT [CK_bPMMM_VendorGroup] CHECK ([Preparer] IS NULL OR [VendorGroup] IS NOT NULL AND [FirmNumber] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMMM] ON [dbo].[bPMMM] ([PMCo] ASC, [Project] ASC, [MeetingType] ASC, [Meeting] ASC, [MinutesType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMMM] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMMM] WITH CHECK ADD CONSTRAINT [FK_bPMMM_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMMM] WITH CHECK ADD CONSTRAINT [FK_bPMMM_bPMDT] FOREIGN KEY([MeetingType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMMM] WITH CHECK ADD CONSTRAINT [FK_bPMMM_bPMPM] FOREIGN KEY([VendorGroup], [FirmNumber], [Preparer]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
