SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vEMDepartmentRole](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[VPUserName] [dbo].[bVPUserName] NOT NULL,
	[Role] [varchar](20) NOT NULL,
	[Lead] [dbo].[bYN] NOT NULL,
	[Active] [dbo].[bYN] NOT NULL,
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vEMDepartmentRole] ADD CONSTRAINT [PK_vEMDepartmentRole] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vEMDepartmentRole_Role] ON [dbo].[vEMDepartmentRole] ([EMCo] ASC, [Department] ASC, [VPUserName] ASC, [Role] ASC)
GO
ALTER TABLE [dbo].[vEMDepartmentRole] WITH CHECK ADD CONSTRAINT [FK_vEMDepartmentRole_bEMDM] FOREIGN KEY([EMCo], [Department]) REFERENCES [dbo].[bEMDM] ([EMCo], [Department])
GO
ALTER TABLE [dbo].[vEMDepartmentRole] WITH CHECK ADD CONSTRAINT [FK_vEMDepartmentRole_vHQRoles] FOREIGN KEY([Role]) REFERENCES [dbo].[vHQRoles] ([Role])
GO
