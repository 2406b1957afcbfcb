SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQRoles](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Role] [varchar](20) NOT NULL,
	[Description] [varchar](60) NULL,
	[Active] [char](1) NOT NULL CONSTRAINT [DF_vHQRoles_Active] DEFAULT ('Y'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[UsableInPC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRoles_UsableInPC] DEFAULT ('Y'),
	[UsableInPM] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRoles_UsableInPM] DEFAULT ('Y'),
	[UsableInSM] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRoles_UsableInSM] DEFAULT ('Y'),
	CONSTRAINT [CK_vHQRoles_Active] CHECK ([Active]='N' OR [Active]='Y'),
	CONSTRAINT [CK_vHQRoles_UsableInPC] CHECK ([UsableInPC]='N' OR [UsableInPC]='Y'),
	CONSTRAINT [CK_vHQRoles_UsableInPM] CHECK ([UsableInPM]='N' OR [UsableInPM]='Y'),
	CONSTRAINT [CK_vHQRoles_UsableInSM] CHECK ([UsableInSM]='N' OR [UsableInSM]='Y')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQRoles] ADD CONSTRAINT [PK_vHQRoles] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vHQRoles_Role] ON [dbo].[vHQRoles] ([Role] ASC)
GO
