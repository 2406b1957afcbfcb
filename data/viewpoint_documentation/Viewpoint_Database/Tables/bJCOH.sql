SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCOH](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[ACOSequence] [smallint] NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[ApprovedBy] [varchar](30) NULL,
	[ApprovalDate] [dbo].[bDate] NOT NULL,
	[ChangeDays] [smallint] NULL,
	[NewCmplDate] [dbo].[bDate] NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[Notes] [varchar](max) NULL,
	[IntExt] [char](1) NOT NULL CONSTRAINT [DF_bJCOH_IntExt] DEFAULT ('E'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCOH] ON [dbo].[bJCOH] ([JCCo] ASC, [Job] ASC, [ACO] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCOH] ([KeyID] ASC)
GO
