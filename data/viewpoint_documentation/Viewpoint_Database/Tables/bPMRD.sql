SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMRD](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[RFIType] [dbo].[bDocType] NOT NULL,
	[RFI] [dbo].[bDocument] NOT NULL,
	[RFISeq] [int] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NOT NULL,
	[SentToContact] [dbo].[bEmployee] NOT NULL,
	[DateSent] [dbo].[bDate] NOT NULL,
	[InformationReq] [varchar](max) NULL,
	[DateReqd] [dbo].[bDate] NULL,
	[Response] [varchar](max) NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[Send] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMRD_Send] DEFAULT ('N'),
	[PrefMethod] [char](1) NOT NULL CONSTRAINT [DF_bPMRD_PrefMethod] DEFAULT ('N'),
	[CC] [char](1) NOT NULL CONSTRAINT [DF_bPMRD_CC] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMRD_CC] CHECK ([CC]='C' OR [CC]='B' OR [CC]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMRD] ADD CONSTRAINT [PK_bPMRD] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [RFIType] ASC, [RFI] ASC, [RFISeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMRD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMRD] WITH CHECK ADD CONSTRAINT [FK_bPMRD_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMRD] WITH CHECK ADD CONSTRAINT [FK_bPMRD_bPMDT] FOREIGN KEY([RFIType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMRD] WITH CHECK ADD CONSTRAINT [FK_bPMRD_bPMFM] FOREIGN KEY([VendorGroup], [SentToFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMRD] WITH CHECK ADD CONSTRAINT [FK_bPMRD_bPMPM] FOREIGN KEY([VendorGroup], [SentToFirm], [SentToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMRD] WITH CHECK ADD CONSTRAINT [FK_bPMRD_bPMRI] FOREIGN KEY([PMCo], [Project], [RFIType], [RFI]) REFERENCES [dbo].[bPMRI] ([PMCo], [Project], [RFIType], [RFI])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMRD].[Send]'
GO
