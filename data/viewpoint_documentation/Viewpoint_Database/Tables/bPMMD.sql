SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMMD](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[MeetingType] [dbo].[bDocType] NOT NULL,
	[Meeting] [int] NOT NULL,
	[MinutesType] [tinyint] NOT NULL,
	[Seq] [int] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[FirmNumber] [dbo].[bFirm] NOT NULL,
	[ContactCode] [dbo].[bEmployee] NOT NULL,
	[PresentYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMMD_PresentYN] DEFAULT ('Y'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CC] [char](1) NOT NULL CONSTRAINT [DF_bPMMD_CC] DEFAULT ('N'),
	CONSTRAINT [CK_bPMMD_CC] CHECK ([CC]='C' OR [CC]='B' OR [CC]='N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMMD] ON [dbo].[bPMMD] ([PMCo] ASC, [Project] ASC, [MeetingType] ASC, [Meeting] ASC, [MinutesType] ASC, [VendorGroup] ASC, [FirmNumber] ASC, [ContactCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMMD] ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biPMMDSeq] ON [dbo].[bPMMD] ([PMCo] ASC, [Project] ASC, [MeetingType] ASC, [Meeting] ASC, [MinutesType] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[bPMMD] WITH CHECK ADD CONSTRAINT [FK_bPMMD_bPMMM] FOREIGN KEY([PMCo], [Project], [MeetingType], [Meeting], [MinutesType]) REFERENCES [dbo].[bPMMM] ([PMCo], [Project], [MeetingType], [Meeting], [MinutesType])
GO
ALTER TABLE [dbo].[bPMMD] WITH CHECK ADD CONSTRAINT [FK_bPMMD_bPMDT] FOREIGN KEY([MeetingType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMMD] WITH CHECK ADD CONSTRAINT [FK_bPMMD_bPMPM] FOREIGN KEY([VendorGroup], [FirmNumber], [ContactCode]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMMD].[PresentYN]'
GO
