SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQRoleLimit](
	[Role] [varchar](20) NOT NULL,
	[Type] [varchar](10) NOT NULL,
	[SubType] [varchar](10) NOT NULL,
	[Limit] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vHQRoleLimit_Limit] DEFAULT ((0)),
	[Threshold] [dbo].[bPct] NOT NULL CONSTRAINT [DF_vHQRoleLimit_Threshold] DEFAULT ((0)),
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQRoleLimit_Active] DEFAULT ('Y'),
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQRoleLimit] ADD CONSTRAINT [PK_vHQRoleLimit] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vHQRoleLimit] WITH CHECK ADD CONSTRAINT [FK_vHQRoleLimit_vHQRoles] FOREIGN KEY([Role]) REFERENCES [dbo].[vHQRoles] ([Role])
GO
