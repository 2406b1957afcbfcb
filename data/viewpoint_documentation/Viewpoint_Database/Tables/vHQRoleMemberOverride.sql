SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQRoleMemberOverride](
	[Role] [varchar](20) NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[Type] [varchar](10) NOT NULL,
	[SubType] [varchar](10) NOT NULL,
	[Limit] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vHQRoleMemberOverride_Limit] DEFAULT ((0)),
	[Threshold] [dbo].[bPct] NOT NULL CONSTRAINT [DF_vHQRoleMemberOverride_Threshold] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQRoleMemberOverride] ADD CONSTRAINT [PK_vHQRoleMemberOverride] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vHQRoleMemberOverride] WITH CHECK ADD CONSTRAINT [FK_vHQRoleMemberOverride_vHQRoleMember] FOREIGN KEY([Role], [UserName]) REFERENCES [dbo].[vHQRoleMember] ([Role], [UserName])
GO
