SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMIM](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Issue] [dbo].[bIssue] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[DateInitiated] [dbo].[bDate] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[FirmNumber] [dbo].[bFirm] NULL,
	[Initiator] [dbo].[bEmployee] NULL,
	[MasterIssue] [dbo].[bIssue] NULL,
	[DateResolved] [dbo].[bDate] NULL,
	[Status] [tinyint] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Type] [dbo].[bDocType] NULL,
	[IssueInfo] [varchar](max) NULL,
	[Reference] [varchar](30) NULL,
	[CostImpactYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMIM_CostImpactYN] DEFAULT ('N'),
	[CostImpact] [dbo].[bDollar] NULL,
	[DaysImpactYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMIM_DaysImpactYN] DEFAULT ('N'),
	[DaysImpact] [smallint] NULL,
	[RelatedFirm] [dbo].[bFirm] NULL,
	[RelatedFirmContact] [dbo].[bEmployee] NULL,
	[ROMImpact] [dbo].[bDollar] NULL,
	[ROMImpactYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMIM_ROMImpactYN] DEFAULT ('N'),
	[DescImpact] [dbo].[bItemDesc] NULL,
	CONSTRAINT [CK_bPMIM_Issue] CHECK ([Issue]<>(-1)),
	CONSTRAINT [CK_bPMIM_VendorGroup] CHECK ([Initiator] IS NULL OR [VendorGroup] IS NOT NULL AND [FirmNumber] IS NOT NULL)
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMIM] ADD CONSTRAINT [PK_bPMIM] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPMIM] ON [dbo].[bPMIM] ([PMCo] ASC, [Project] ASC, [Issue] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMIM] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMIM] WITH CHECK ADD CONSTRAINT [FK_bPMIM_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMIM] WITH CHECK ADD CONSTRAINT [FK_bPMIM_bPMPM] FOREIGN KEY([VendorGroup], [FirmNumber], [Initiator]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
