SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMPCOApprove](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[ApprovalID] [smallint] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[PCOType] [dbo].[bPCOType] NOT NULL,
	[PCO] [dbo].[bPCO] NOT NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACODesc] [dbo].[bItemDesc] NULL,
	[ApprovalDate] [dbo].[bDate] NULL,
	[CompletionDate] [dbo].[bDate] NULL,
	[AdditionalDays] [int] NULL,
	[ReportSeqNum] [int] NULL,
	[Username] [dbo].[bVPUserName] NULL,
	[Contract] [dbo].[bContract] NULL,
	[COR] [smallint] NULL,
	[CCOOption] [varchar](10) NULL,
	[CCONew] [smallint] NULL,
	[CCONewDesc] [dbo].[bItemDesc] NULL,
	[CCO] [smallint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMPCOApprove] ADD CONSTRAINT [PK_vPMPCOApprove] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMPCOApprove_PCO] ON [dbo].[vPMPCOApprove] ([PMCo] ASC, [ApprovalID] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC)
GO
