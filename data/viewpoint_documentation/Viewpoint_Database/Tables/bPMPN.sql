SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPN](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[NoteSeq] [int] NOT NULL,
	[Issue] [dbo].[bIssue] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Firm] [dbo].[bFirm] NULL,
	[FirmContact] [dbo].[bEmployee] NULL,
	[PMStatus] [dbo].[bStatus] NULL,
	[AddedBy] [dbo].[bVPUserName] NOT NULL,
	[AddedDate] [dbo].[bDate] NOT NULL,
	[ChangedBy] [dbo].[bVPUserName] NULL,
	[ChangedDate] [dbo].[bDate] NULL,
	[Summary] [varchar](60) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPN] ON [dbo].[bPMPN] ([PMCo] ASC, [Project] ASC, [NoteSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPN] ([KeyID] ASC)
GO
