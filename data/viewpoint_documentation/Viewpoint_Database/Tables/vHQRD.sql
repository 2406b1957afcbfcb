SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQRD](
	[ReviewerGroup] [varchar](10) NOT NULL,
	[Reviewer] [varchar](3) NOT NULL,
	[ApprovalSeq] [tinyint] NOT NULL CONSTRAINT [DF_vHQRD_ApprovalSeq] DEFAULT ((1)),
	[ApproveWithoutData] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRD_ApproveWithoutData] DEFAULT ('Y'),
	[ThresholdAmount] [decimal](18, 2) NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQRD] ADD CONSTRAINT [PK_vHQRD] PRIMARY KEY CLUSTERED ([ReviewerGroup] ASC, [Reviewer] ASC)
GO
