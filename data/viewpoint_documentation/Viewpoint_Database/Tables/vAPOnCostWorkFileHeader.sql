SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vAPOnCostWorkFileHeader](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[UserID] [dbo].[bVPUserName] NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vAPOnCostWorkFileHeader] ADD CONSTRAINT [PK_vAPOncostWorkFileHeader] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vAPOnCostWorkFileHeader_ALL] ON [dbo].[vAPOnCostWorkFileHeader] ([APCo] ASC, [Mth] ASC, [APTrans] ASC, [UserID] ASC)
GO
