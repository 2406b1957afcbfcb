SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARAA](
	[VPUserName] [dbo].[bVPUserName] NOT NULL,
	[TransDate] [dbo].[bMonth] NULL,
	[Invoice] [varchar](10) NULL,
	[ARCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[ARTrans] [dbo].[bTrans] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [biARAA] ON [dbo].[bARAA] ([VPUserName] ASC, [ARCo] ASC, [Mth] ASC, [ARTrans] ASC)
GO
