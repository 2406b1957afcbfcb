SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vAPOnCostWorkFileDetail](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APLine] [smallint] NOT NULL,
	[UserID] [dbo].[bVPUserName] NOT NULL,
	[Amount] [dbo].[bDollar] NULL,
	[OnCostAction] [tinyint] NULL,
	[Error] [dbo].[bItemDesc] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vAPOnCostWorkFileDetail] ADD CONSTRAINT [PK_vAPOncostWorkFileDetail] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vAPOnCostWorkFileDetail_ALL] ON [dbo].[vAPOnCostWorkFileDetail] ([APCo] ASC, [Mth] ASC, [APTrans] ASC, [APLine] ASC)
GO
