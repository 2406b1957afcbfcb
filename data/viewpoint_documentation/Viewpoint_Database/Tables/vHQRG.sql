SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQRG](
	[ReviewerGroup] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ResponsiblePerson] [varchar](3) NOT NULL,
	[ReviewerGroupType] [tinyint] NOT NULL CONSTRAINT [DF_vHQRG_ReviewerGroupType] DEFAULT ((1)),
	[ActionOnChangedData] [tinyint] NOT NULL CONSTRAINT [DF_vHQRG_ActionOnChangedData] DEFAULT ((1)),
	[AllowUpLevelApproval] [tinyint] NOT NULL CONSTRAINT [DF_vHQRG_AllowUpLevelApproval] DEFAULT ((1)),
	[EmailOptOnRejOriginator] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRG_EmailOptOnRejOriginator] DEFAULT (N'N'),
	[EmailOptOnRejResponsiblePerson] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRG_EmailOptOnRejResponsiblePerson] DEFAULT (N'N'),
	[EmailOptOnRejReviewerApproved] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRG_EmailOptOnRejReviewerApproved] DEFAULT (N'N'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ApplyThreshToLineYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRG_ApplyThreshToLineYN] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQRG] ADD CONSTRAINT [PK_vHQRG] PRIMARY KEY CLUSTERED ([ReviewerGroup] ASC)
GO
