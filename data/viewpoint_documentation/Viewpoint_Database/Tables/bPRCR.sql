SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCR](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Crew] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase1] [dbo].[bPhase] NULL,
	[Phase2] [dbo].[bPhase] NULL,
	[Phase3] [dbo].[bPhase] NULL,
	[Phase4] [dbo].[bPhase] NULL,
	[Phase5] [dbo].[bPhase] NULL,
	[Phase6] [dbo].[bPhase] NULL,
	[Phase7] [dbo].[bPhase] NULL,
	[Phase8] [dbo].[bPhase] NULL,
	[RegECOvride] [dbo].[bEDLCode] NULL,
	[OTECOvride] [dbo].[bEDLCode] NULL,
	[DblECOvride] [dbo].[bEDLCode] NULL,
	[PRGroup] [dbo].[bGroup] NULL,
	[Shift] [tinyint] NULL,
	[ApprovalReq] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCR_ApprovalReq] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCR] ON [dbo].[bPRCR] ([PRCo] ASC, [Crew] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRCR] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCR].[ApprovalReq]'
GO
