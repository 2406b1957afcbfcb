SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQDocTemplateResponseField](
	[TemplateName] [dbo].[bReportTitle] NOT NULL,
	[Seq] [int] NOT NULL,
	[DocObject] [varchar](30) NOT NULL,
	[ColumnName] [varchar](60) NOT NULL,
	[ResponseFieldName] [varchar](30) NOT NULL,
	[Caption] [varchar](128) NOT NULL,
	[ControlType] [varchar](30) NOT NULL,
	[ResponseValues] [varchar](20) NULL,
	[Bookmark] [varchar](60) NULL,
	[ResponseOrder] [smallint] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Visible] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQDocTemplateResponseField_Visible] DEFAULT ('Y'),
	[ReadOnly] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQDocTemplateResponseField_ReadOnly] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQDocTemplateResponseField] ADD CONSTRAINT [PK_vHQDocTemplateResponseField] PRIMARY KEY CLUSTERED ([TemplateName] ASC, [Seq] ASC)
GO
