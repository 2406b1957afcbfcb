SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQAF](
	[AttachmentID] [int] NOT NULL,
	[AttachmentData] [image] NULL,
	[AttachmentFileType] [varchar](10) NULL,
	[SaveStamp] [timestamp] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQAF] ADD CONSTRAINT [PK_bHQAF_AttachmentID] PRIMARY KEY CLUSTERED ([AttachmentID] ASC)
GO
