SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vJCJobApprovalProcess](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[DocType] [varchar](10) NOT NULL,
	[Process] [varchar](20) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vJCJobApprovalProcess_Active] DEFAULT ('Y'),
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vJCJobApprovalProcess] ADD CONSTRAINT [PK_vJCJobApprovalProcess] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE CLUSTERED INDEX [IX_vJCJobApprovalProcess_Process] ON [dbo].[vJCJobApprovalProcess] ([JCCo] ASC, [Job] ASC, [DocType] ASC, [Process] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vJCJobApprovalProcess_ProcessOnly] ON [dbo].[vJCJobApprovalProcess] ([Process] ASC)
GO
ALTER TABLE [dbo].[vJCJobApprovalProcess] WITH CHECK ADD CONSTRAINT [FK_vJCJobApprovalProcess_bJCJM_Job] FOREIGN KEY([JCCo], [Job]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vJCJobApprovalProcess] WITH CHECK ADD CONSTRAINT [FK_vJCJobApprovalProcess_vWFProcess_Process] FOREIGN KEY([Process]) REFERENCES [dbo].[vWFProcess] ([Process])
GO
