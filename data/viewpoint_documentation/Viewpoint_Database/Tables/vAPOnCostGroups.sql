SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vAPOnCostGroups](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APCo] [dbo].[bCompany] NOT NULL,
	[GroupID] [tinyint] NOT NULL,
	[Description] [varchar](60) NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vAPOnCostGroups] ADD CONSTRAINT [PK_vAPOnCostGroups] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vAPOnCostGroups_ALL] ON [dbo].[vAPOnCostGroups] ([APCo] ASC, [GroupID] ASC)
GO
