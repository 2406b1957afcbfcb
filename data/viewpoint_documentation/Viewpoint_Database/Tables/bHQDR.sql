SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQDR](
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[AttachmentID] [int] NOT NULL,
	[DateAdded] [smalldatetime] NOT NULL,
	[AddedBy] [dbo].[bVPUserName] NOT NULL,
	[Status] [dbo].[bStatus] NOT NULL,
	[StatusDate] [smalldatetime] NOT NULL,
	[Instructions] [varchar](255) NULL,
	[Comments] [varchar](7000) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQDR] ON [dbo].[bHQDR] ([UserName] ASC, [AttachmentID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQDR] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biHQDR_ATT_Status2] ON [dbo].[bHQDR] ([UserName] ASC, [DateAdded] ASC, [AttachmentID] ASC)
GO
