SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vINLocationApprovalProcess](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[DocType] [varchar](10) NOT NULL,
	[Process] [varchar](20) NOT NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vINLocationApprovalProcess_Active] DEFAULT ('Y'),
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vINLocationApprovalProcess] ADD CONSTRAINT [PK_vINLocationApprovalProcess] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vINLocationApprovalProcess_DocType] ON [dbo].[vINLocationApprovalProcess] ([INCo] ASC, [Loc] ASC, [DocType] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vINLocationApprovalProcess_ProcessOnly] ON [dbo].[vINLocationApprovalProcess] ([Process] ASC)
GO
ALTER TABLE [dbo].[vINLocationApprovalProcess] WITH CHECK ADD CONSTRAINT [FK_vINLocationApprovalProcess_bINLM_Loc] FOREIGN KEY([INCo], [Loc]) REFERENCES [dbo].[bINLM] ([INCo], [Loc])
GO
ALTER TABLE [dbo].[vINLocationApprovalProcess] WITH CHECK ADD CONSTRAINT [FK_vINLocationApprovalProcess_vWFProcess_Process] FOREIGN KEY([Process]) REFERENCES [dbo].[vWFProcess] ([Process])
GO
