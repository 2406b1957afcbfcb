SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLInExclusions](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NOT NULL,
	[Seq] [int] NOT NULL,
	[Type] [varchar](10) NOT NULL,
	[PhaseGroup] [tinyint] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[Detail] [varchar](max) NULL,
	[DateEntered] [dbo].[bDate] NOT NULL,
	[EnteredBy] [dbo].[bVPUserName] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vSLInExclusions] ADD CONSTRAINT [PK_vSLInExclusions] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
