SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQWF](
	[TemplateName] [dbo].[bReportTitle] NOT NULL,
	[Seq] [int] NOT NULL,
	[DocObject] [varchar](30) NOT NULL,
	[ColumnName] [varchar](60) NOT NULL,
	[MergeFieldName] [varchar](30) NOT NULL,
	[MergeOrder] [smallint] NOT NULL,
	[WordTableYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWF_WordTableYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Format] [varchar](30) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQWF] ON [dbo].[bHQWF] ([TemplateName] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQWF] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQWF].[WordTableYN]'
GO
