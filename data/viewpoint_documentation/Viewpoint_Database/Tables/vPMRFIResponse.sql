SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMRFIResponse](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Seq] [bigint] NOT NULL,
	[DisplayOrder] [bigint] NOT NULL,
	[Send] [char](1) NOT NULL CONSTRAINT [DF_vPMRFIResponse_Send] DEFAULT ('Y'),
	[DateRequired] [dbo].[bDate] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[RespondFirm] [dbo].[bFirm] NULL,
	[RespondContact] [dbo].[bEmployee] NULL,
	[Notes] [varchar](max) NULL,
	[LastDate] [smalldatetime] NOT NULL CONSTRAINT [DF_vPMRFIResponse_LastDate] DEFAULT (getdate()),
	[LastBy] [dbo].[bVPUserName] NOT NULL CONSTRAINT [DF_vPMRFIResponse_LastBy] DEFAULT (suser_sname()),
	[RFIID] [bigint] NOT NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[RFIType] [dbo].[bDocType] NOT NULL,
	[RFI] [dbo].[bDocument] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Status] [dbo].[bStatus] NULL,
	[DateSent] [dbo].[bDate] NULL,
	[ToFirm] [dbo].[bFirm] NULL,
	[ToContact] [dbo].[bEmployee] NULL,
	[DateReceived] [dbo].[bDate] NULL,
	[Type] [varchar](10) NOT NULL CONSTRAINT [DF_vPMRFIResponse_Type] DEFAULT ('Reply'),
	CONSTRAINT [CK_vPMRFIResponse_Send] CHECK ([Send]='Y' OR [Send]='N'),
	CONSTRAINT [CK_vPMRFIResponse_VendorGroup] CHECK ([RespondContact] IS NULL OR [RespondFirm] IS NOT NULL AND [VendorGroup] IS NOT NULL)
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMRFIResponse] ADD CONSTRAINT [PK_vPMRFIResponse] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMRFIResponse_Seq] ON [dbo].[vPMRFIResponse] ([PMCo] ASC, [Project] ASC, [RFIType] ASC, [RFI] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[vPMRFIResponse] WITH CHECK ADD CONSTRAINT [FK_vPMRFIResponse_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vPMRFIResponse] WITH CHECK ADD CONSTRAINT [FK_vPMRFIResponse_bPMRI] FOREIGN KEY([RFIID]) REFERENCES [dbo].[bPMRI] ([KeyID])
GO
ALTER TABLE [dbo].[vPMRFIResponse] WITH CHECK ADD CONSTRAINT [FK_vPMRFIResponse_bPMFM] FOREIGN KEY([VendorGroup], [RespondFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[vPMRFIResponse] WITH CHECK ADD CONSTRAINT [FK_vPMRFIResponse_bPMPM] FOREIGN KEY([VendorGroup], [RespondFirm], [RespondContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
