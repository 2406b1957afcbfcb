SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQAT](
	[HQCo] [dbo].[bCompany] NOT NULL,
	[FormName] [varchar](30) NOT NULL,
	[KeyField] [varchar](500) NOT NULL,
	[Description] [varchar](255) NULL,
	[AddedBy] [varchar](128) NULL,
	[AddDate] [dbo].[bDate] NULL,
	[DocName] [varchar](512) NULL,
	[AttachmentID] [int] NOT NULL,
	[TableName] [varchar](128) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[OrigFileName] [varchar](512) NULL,
	[DocAttchYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAT_DocAttchYN] DEFAULT ('N'),
	[CurrentState] [char](1) NOT NULL CONSTRAINT [DF_bHQAT_CurrentState] DEFAULT ('A'),
	[AttachmentTypeID] [int] NULL,
	[IsEmail] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAT_IsEmail] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQAT] ON [dbo].[bHQAT] ([AttachmentID] ASC)
GO
CREATE NONCLUSTERED INDEX [biHQAT_AttchID] ON [dbo].[bHQAT] ([AttachmentID] ASC, [FormName] ASC, [UniqueAttchID] ASC)
GO
CREATE NONCLUSTERED INDEX [biHQATUniqueAttchID] ON [dbo].[bHQAT] ([UniqueAttchID] ASC)
GO
CREATE NONCLUSTERED INDEX [biHQAT_AttachmentTypeID] ON [dbo].[bHQAT] ([AttachmentTypeID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bHQAT_CurrentState] ON [dbo].[bHQAT] ([CurrentState] ASC)
GO
CREATE NONCLUSTERED INDEX [biHQAT_OrigFileName] ON [dbo].[bHQAT] ([OrigFileName] ASC)
GO
