SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMSC](
	[Status] [dbo].[bStatus] NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[CodeType] [char](1) NOT NULL,
	[IncludeInProj] [char](1) NOT NULL CONSTRAINT [DF_bPMSC_IncludeInProj] DEFAULT ('N'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ExcludeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMSC_ExcludeYN] DEFAULT ('N'),
	[ActiveAllYN] [char](1) NOT NULL CONSTRAINT [DF_bPMSC_ActiveAllYN] DEFAULT ('Y'),
	[DocCat] [varchar](10) NULL,
	CONSTRAINT [CK_bPMSC_CodeType] CHECK ([CodeType]='F' OR [CodeType]='I' OR [CodeType]='B'),
	CONSTRAINT [CK_bPMSC_ActiveAllYN] CHECK ([ActiveAllYN]='N' OR [ActiveAllYN]='Y')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMSC] ADD CONSTRAINT [PK_bPMSC] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPMSC] ON [dbo].[bPMSC] ([Status] ASC)
GO
