SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMUD](
	[Template] [varchar](10) NOT NULL,
	[RecordType] [varchar](10) NOT NULL,
	[Identifier] [varchar](10) NULL,
	[Seq] [int] NULL,
	[Form] [varchar](30) NULL,
	[ColumnName] [nvarchar](30) NULL,
	[ColDesc] [dbo].[bDesc] NULL,
	[DefaultValue] [varchar](20) NULL,
	[FormatInfo] [varchar](30) NULL,
	[Required] [dbo].[bYN] NULL,
	[RecColumn] [int] NULL,
	[BegPos] [int] NULL,
	[EndPos] [int] NULL,
	[ViewpointDefault] [dbo].[bYN] NULL CONSTRAINT [DF_bPMUD_ViewpointDefault] DEFAULT ('N'),
	[ViewpointDefaultValue] [varchar](255) NULL,
	[Datatype] [varchar](30) NULL,
	[UserDefault] [varchar](255) NULL,
	[OverrideYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUD_OverrideYN] DEFAULT ('N'),
	[UpdateKeyYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUD_UpdateKeyYN] DEFAULT ('N'),
	[UpdateValueYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUD_UpdateValueYN] DEFAULT ('N'),
	[ImportPromptYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUD_ImportPromptYN] DEFAULT ('N'),
	[XMLTag] [varchar](30) NULL,
	[Hidden] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUD_Hidden] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [PK_bPMUD] ON [dbo].[bPMUD] ([Template] ASC, [RecordType] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[bPMUD] WITH CHECK ADD CONSTRAINT [FK_bPMUD_bPMUT] FOREIGN KEY([Template]) REFERENCES [dbo].[bPMUT] ([Template])
GO
