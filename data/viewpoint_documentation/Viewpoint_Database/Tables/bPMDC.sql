SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMDC](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[LogDate] [dbo].[bDate] NOT NULL,
	[DailyLog] [smallint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NOT NULL,
	[SentToContact] [dbo].[bEmployee] NOT NULL,
	[DateSent] [dbo].[bDate] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CC] [char](1) NOT NULL CONSTRAINT [DF_bPMDC_CC] DEFAULT ('N'),
	CONSTRAINT [CK_bPMDC_CC] CHECK ([CC]='C' OR [CC]='B' OR [CC]='N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMDC] ON [dbo].[bPMDC] ([PMCo] ASC, [Project] ASC, [LogDate] ASC, [DailyLog] ASC, [VendorGroup] ASC, [SentToFirm] ASC, [SentToContact] ASC, [DateSent] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMDC] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMDC] WITH CHECK ADD CONSTRAINT [FK_bPMDC_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMDC] WITH CHECK ADD CONSTRAINT [FK_bPMDC_bPMDL] FOREIGN KEY([PMCo], [Project], [LogDate], [DailyLog]) REFERENCES [dbo].[bPMDL] ([PMCo], [Project], [LogDate], [DailyLog])
GO
ALTER TABLE [dbo].[bPMDC] WITH CHECK ADD CONSTRAINT [FK_bPMDC_bPMFM] FOREIGN KEY([VendorGroup], [SentToFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMDC] WITH CHECK ADD CONSTRAINT [FK_bPMDC_bPMPM] FOREIGN KEY([VendorGroup], [SentToFirm], [SentToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
