SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLInExclusionsBatch](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[Seq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
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
ALTER TABLE [dbo].[vSLInExclusionsBatch] ADD CONSTRAINT [PK_vSLInExclusionsBatch] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
