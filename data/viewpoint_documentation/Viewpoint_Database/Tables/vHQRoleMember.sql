SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQRoleMember](
	[Role] [varchar](20) NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRoleMember_Active] DEFAULT ('Y'),
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQRoleMember] ADD CONSTRAINT [PK_vHQRoleMember] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vHQRoleMember] WITH CHECK ADD CONSTRAINT [FK_vHQRoleMember_vDDUP] FOREIGN KEY([UserName]) REFERENCES [dbo].[vDDUP] ([VPUserName])
GO
ALTER TABLE [dbo].[vHQRoleMember] WITH CHECK ADD CONSTRAINT [FK_vHQRoleMember_vHQRoles] FOREIGN KEY([Role]) REFERENCES [dbo].[vHQRoles] ([Role])
GO
