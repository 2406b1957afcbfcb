SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMRB](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[Trans] [dbo].[bTrans] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[RevBdownCode] [varchar](10) NOT NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[RevCode] [dbo].[bRevCode] NULL,
	[Amount] [dbo].[bDollar] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[Account] [dbo].[bGLAcct] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMRB] ON [dbo].[bEMRB] ([EMCo] ASC, [Mth] ASC, [Trans] ASC, [EMGroup] ASC, [RevBdownCode] ASC)
GO
