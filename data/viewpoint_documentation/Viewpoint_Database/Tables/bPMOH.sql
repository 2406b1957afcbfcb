SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOH](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[ACOSequence] [int] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[ChangeDays] [smallint] NULL,
	[NewCmplDate] [dbo].[bDate] NULL,
	[IntExt] [char](1) NOT NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateReqd] [dbo].[bDate] NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[ApprovalDate] [dbo].[bDate] NOT NULL,
	[ApprovedBy] [varchar](30) NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReadyForAcctg] [char](1) NOT NULL CONSTRAINT [DF_bPMOH_ReadyForAcctg] DEFAULT ('Y'),
	CONSTRAINT [CK_bPMOH_IntExt] CHECK ([IntExt] = 'E' OR [IntExt] = 'I')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMOH] ON [dbo].[bPMOH] ([PMCo] ASC, [Project] ASC, [ACO] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMOH] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMOH] WITH CHECK ADD CONSTRAINT [FK_bPMOH_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMOH] WITH CHECK ADD CONSTRAINT [FK_bPMOH_bJCCM] FOREIGN KEY([PMCo], [Contract]) REFERENCES [dbo].[bJCCM] ([JCCo], [Contract])
GO
