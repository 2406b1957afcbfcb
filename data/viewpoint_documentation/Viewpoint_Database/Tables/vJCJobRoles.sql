SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vJCJobRoles](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[VPUserName] [dbo].[bVPUserName] NOT NULL,
	[Role] [varchar](20) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Lead] [char](1) NOT NULL CONSTRAINT [DF_vJCJobRoles_Lead] DEFAULT ('N'),
	[Active] [char](1) NOT NULL CONSTRAINT [DF_vJCJobRoles_Active] DEFAULT ('Y'),
	CONSTRAINT [CK_vJCJobRoles_Lead] CHECK ([Lead]='Y' OR [Lead]='N'),
	CONSTRAINT [CK_vJCJobRoles_Active] CHECK ([Active]='Y' OR [Active]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vJCJobRoles] ADD CONSTRAINT [PK_vJCJobRoles] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vJCJobRoles_Roles] ON [dbo].[vJCJobRoles] ([JCCo] ASC, [Job] ASC, [Role] ASC, [VPUserName] ASC)
GO
ALTER TABLE [dbo].[vJCJobRoles] WITH CHECK ADD CONSTRAINT [FK_vJCJobRoles_bJCJM] FOREIGN KEY([JCCo], [Job]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vJCJobRoles] WITH CHECK ADD CONSTRAINT [FK_vJCJobRoles_vHQRoles] FOREIGN KEY([Role]) REFERENCES [dbo].[vHQRoles] ([Role])
GO
