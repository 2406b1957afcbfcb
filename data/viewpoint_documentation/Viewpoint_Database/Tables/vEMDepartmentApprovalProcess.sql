SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vEMDepartmentApprovalProcess](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[DocType] [varchar](10) NOT NULL,
	[Process] [varchar](20) NOT NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vEMDepartmentApprovalProcess_Active] DEFAULT ('Y'),
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vEMDepartmentApprovalProcess] ADD CONSTRAINT [PK_vEMDepartmentApprovalProcess] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE CLUSTERED INDEX [IX_vEMDepartmentApprovalProcess_Process] ON [dbo].[vEMDepartmentApprovalProcess] ([EMCo] ASC, [Department] ASC, [DocType] ASC, [Process] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vEMDepartmentApprovalProcess_ProcessOnly] ON [dbo].[vEMDepartmentApprovalProcess] ([Process] ASC)
GO
ALTER TABLE [dbo].[vEMDepartmentApprovalProcess] WITH CHECK ADD CONSTRAINT [FK_vEMDepartmentApprovalProcess_bEMDM_Department] FOREIGN KEY([EMCo], [Department]) REFERENCES [dbo].[bEMDM] ([EMCo], [Department])
GO
ALTER TABLE [dbo].[vEMDepartmentApprovalProcess] WITH CHECK ADD CONSTRAINT [FK_vEMDepartmentApprovalProcess_vWFProcess_Process] FOREIGN KEY([Process]) REFERENCES [dbo].[vWFProcess] ([Process])
GO
