SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQAO](
	[TempDirectory] [varchar](255) NULL,
	[PermanentDirectory] [varchar](255) NULL,
	[ByCompany] [dbo].[bYN] NULL,
	[ByModule] [dbo].[bYN] NULL,
	[ByForm] [dbo].[bYN] NULL,
	[ByMonth] [dbo].[bYN] NULL,
	[Custom] [dbo].[bYN] NULL,
	[CustomFormat] [varchar](100) NULL,
	[UseJPG] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAO_UseJPG] DEFAULT ('N'),
	[UseStructForAttYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAO_UseStructForAttYN] DEFAULT ('N'),
	[SaveToDatabase] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAO_SaveToDatabase] DEFAULT ('N'),
	[ScanningFileFormat] [varchar](30) NOT NULL CONSTRAINT [DF_bHQAO_ScanningFileFormat] DEFAULT ('TIF'),
	[CreateStandAloneOnDelete] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAO_CreateStandAloneOnDelete] DEFAULT ('Y'),
	[UseAuditing] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAO_UseAuditing] DEFAULT ('Y'),
	[ArchiveDeletedAttachments] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAO_ArchiveDeletedAttachments] DEFAULT ('N'),
	[PdfResolution] [int] NOT NULL CONSTRAINT [DF_bHQAO_PdfResolution] DEFAULT ((120)),
	[UseViewpointViewer] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAO_UseViewpointViewer] DEFAULT ('Y'),
	[AttachmentDatabaseServer] [varchar](128) NOT NULL CONSTRAINT [DF_bHQAO_AttachmentDatabaseServer] DEFAULT (''),
	[AttachmentDatabaseName] [varchar](128) NOT NULL CONSTRAINT [DF_bHQAO_AttachmentDatabaseName] DEFAULT ('')
) ON [PRIMARY]
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAO].[ByCompany]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAO].[ByModule]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAO].[ByForm]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAO].[ByMonth]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAO].[Custom]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAO].[UseJPG]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAO].[UseStructForAttYN]'
GO
