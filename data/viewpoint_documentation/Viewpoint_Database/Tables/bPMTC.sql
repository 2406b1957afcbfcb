SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMTC](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Transmittal] [dbo].[bDocument] NOT NULL,
	[Seq] [int] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NOT NULL,
	[SentToContact] [dbo].[bEmployee] NOT NULL,
	[Send] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMTC_Send] DEFAULT ('N'),
	[PrefMethod] [char](1) NOT NULL CONSTRAINT [DF_bPMTC_PrefMethod] DEFAULT ('N'),
	[CC] [char](1) NOT NULL CONSTRAINT [DF_bPMTC_CC] DEFAULT ('N'),
	[DateSent] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMTC_CC] CHECK ([CC]='C' OR [CC]='B' OR [CC]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMTC] ADD CONSTRAINT [PK_bPMTC] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [Transmittal] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMTC] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMTC] WITH CHECK ADD CONSTRAINT [FK_bPMTC_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMTC] WITH CHECK ADD CONSTRAINT [FK_bPMTC_bPMTM] FOREIGN KEY([PMCo], [Project], [Transmittal]) REFERENCES [dbo].[bPMTM] ([PMCo], [Project], [Transmittal])
GO
ALTER TABLE [dbo].[bPMTC] WITH CHECK ADD CONSTRAINT [FK_bPMTC_bPMFM] FOREIGN KEY([VendorGroup], [SentToFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMTC] WITH CHECK ADD CONSTRAINT [FK_bPMTC_bPMPM] FOREIGN KEY([VendorGroup], [SentToFirm], [SentToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMTC].[Send]'
GO
