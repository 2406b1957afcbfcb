SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQWD](
	[TemplateName] [dbo].[bReportTitle] NOT NULL,
	[Location] [varchar](10) NOT NULL,
	[TemplateType] [varchar](10) NOT NULL,
	[FileName] [varchar](60) NOT NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWD_Active] DEFAULT ('Y'),
	[UsedLast] [smalldatetime] NULL,
	[UsedBy] [dbo].[bVPUserName] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[WordTable] [tinyint] NOT NULL CONSTRAINT [DF_bHQWD_WordTable] DEFAULT ((0)),
	[SuppressZeros] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWD_SuppressZeros] DEFAULT ('N'),
	[SuppressNotes] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWD_SuppressNotes] DEFAULT ('Y'),
	[StdObject] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWD_StdObject] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CreateFileType] [varchar](4) NULL CONSTRAINT [DF_bHQWD_CreateFileType] DEFAULT ('doc'),
	[AutoResponse] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWD_AutoResponse] DEFAULT ('N'),
	CONSTRAINT [CK_bHQWD_CreateFileType] CHECK ([CreateFileType]='pdf' OR [CreateFileType]='docx' OR [CreateFileType]='doc')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQWD] ADD CONSTRAINT [PK_bHQWD] PRIMARY KEY CLUSTERED ([TemplateName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQWD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQWD].[Active]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQWD].[SuppressZeros]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQWD].[SuppressNotes]'
GO
