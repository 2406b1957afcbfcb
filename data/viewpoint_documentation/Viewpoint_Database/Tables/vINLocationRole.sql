SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vINLocationRole](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[VPUserName] [dbo].[bVPUserName] NOT NULL,
	[Role] [varchar](20) NOT NULL,
	[Lead] [dbo].[bYN] NOT NULL,
	[Active] [dbo].[bYN] NOT NULL,
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vINLocationRole] ADD CONSTRAINT [PK_vINLocationRole] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE CLUSTERED INDEX [IX_vINLocationRole_Role] ON [dbo].[vINLocationRole] ([INCo] ASC, [Loc] ASC, [VPUserName] ASC, [Role] ASC)
GO
ALTER TABLE [dbo].[vINLocationRole] WITH CHECK ADD CONSTRAINT [FK_vINLocationRole_bINLM] FOREIGN KEY([INCo], [Loc]) REFERENCES [dbo].[bINLM] ([INCo], [Loc])
GO
ALTER TABLE [dbo].[vINLocationRole] WITH CHECK ADD CONSTRAINT [FK_vINLocationRole_vHQRoles] FOREIGN KEY([Role]) REFERENCES [dbo].[vHQRoles] ([Role])
GO
