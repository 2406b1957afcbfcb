SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPF](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Seq] [int] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[FirmNumber] [dbo].[bFirm] NOT NULL,
	[ContactCode] [dbo].[bEmployee] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PortalSiteAccess] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMPF_PortalSiteAccess] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[EmailOption] [char](1) NOT NULL CONSTRAINT [DF_bPMPF_EmailOption] DEFAULT ('N'),
	CONSTRAINT [CK_bPMPF_EmailOption] CHECK ([EmailOption]='C' OR [EmailOption]='B' OR [EmailOption]='N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPF] ON [dbo].[bPMPF] ([PMCo] ASC, [Project] ASC, [VendorGroup] ASC, [FirmNumber] ASC, [ContactCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPF] ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biPMPFSeq] ON [dbo].[bPMPF] ([PMCo] ASC, [Project] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[bPMPF] WITH CHECK ADD CONSTRAINT [FK_bPMPF_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMPF] WITH CHECK ADD CONSTRAINT [FK_bPMPF_bPMFM] FOREIGN KEY([VendorGroup], [FirmNumber]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMPF] WITH CHECK ADD CONSTRAINT [FK_bPMPF_bPMPM] FOREIGN KEY([VendorGroup], [FirmNumber], [ContactCode]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
