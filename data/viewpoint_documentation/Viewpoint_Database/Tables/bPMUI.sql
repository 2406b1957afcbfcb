SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMUI](
	[ImportRoutine] [varchar](20) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[FileType] [varchar](1) NOT NULL,
	[Delimiter] [varchar](1) NULL,
	[OtherDelim] [varchar](2) NULL,
	[TextQualifier] [varchar](2) NULL,
	[ScheduleOfValues] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUI_ScheduleOfValues] DEFAULT ('N'),
	[StandardItemCode] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUI_StandardItemCode] DEFAULT ('Y'),
	[RecordTypeCol] [int] NULL,
	[BegRecTypePos] [int] NULL,
	[EndRecTypePos] [int] NULL,
	[XMLRowTag] [varchar](30) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMUI] ADD CONSTRAINT [PK_bPMUI] PRIMARY KEY CLUSTERED ([ImportRoutine] ASC)
GO
