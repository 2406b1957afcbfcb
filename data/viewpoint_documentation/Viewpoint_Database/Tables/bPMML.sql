SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMML](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[MeetingType] [dbo].[bDocType] NOT NULL,
	[Meeting] [int] NOT NULL,
	[MinutesType] [tinyint] NOT NULL,
	[Item] [int] NOT NULL,
	[ItemLine] [tinyint] NOT NULL,
	[Description] [varchar](255) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[InitDate] [dbo].[bDate] NULL,
	[DueDate] [dbo].[bDate] NULL,
	[FinDate] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMML_VendorGroup] CHECK ([ResponsiblePerson] IS NULL OR [VendorGroup] IS NOT NULL AND [ResponsibleFirm] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMML] ON [dbo].[bPMML] ([PMCo] ASC, [Project] ASC, [MeetingType] ASC, [Meeting] ASC, [MinutesType] ASC, [Item] ASC, [ItemLine] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMML] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMML] WITH CHECK ADD CONSTRAINT [FK_bPMML_bPMMI] FOREIGN KEY([PMCo], [Project], [MeetingType], [Meeting], [MinutesType], [Item]) REFERENCES [dbo].[bPMMI] ([PMCo], [Project], [MeetingType], [Meeting], [MinutesType], [Item])
GO
ALTER TABLE [dbo].[bPMML] WITH CHECK ADD CONSTRAINT [FK_bPMML_bPMDT] FOREIGN KEY([MeetingType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMML] WITH CHECK ADD CONSTRAINT [FK_bPMML_bPMPM] FOREIGN KEY([VendorGroup], [ResponsibleFirm], [ResponsiblePerson]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMML] WITH CHECK ADD CONSTRAINT [FK_bPMML_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
