SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vJCJPRoles](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[Process] [char](1) NOT NULL CONSTRAINT [DF_vJCJPRoles_Process] DEFAULT ('C'),
	[Role] [varchar](20) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	CONSTRAINT [CK_vJCJPRoles_Process] CHECK ([Process]='C' OR [Process]='P')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vJCJPRoles] ADD CONSTRAINT [PK_vJCJPRoles] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vJCJPRoles_Role] ON [dbo].[vJCJPRoles] ([JCCo] ASC, [Job] ASC, [PhaseGroup] ASC, [Phase] ASC, [Process] ASC, [Role] ASC)
GO
ALTER TABLE [dbo].[vJCJPRoles] WITH CHECK ADD CONSTRAINT [FK_vJCJPRoles_bJCJP] FOREIGN KEY([JCCo], [Job], [PhaseGroup], [Phase]) REFERENCES [dbo].[bJCJP] ([JCCo], [Job], [PhaseGroup], [Phase])
GO
