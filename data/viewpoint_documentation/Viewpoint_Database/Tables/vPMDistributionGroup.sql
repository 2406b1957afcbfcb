SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMDistributionGroup](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[GroupName] [dbo].[bItemDesc] NOT NULL,
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PublicGroup] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPMDistributionGroup_PublicGroup] DEFAULT ('N'),
	[Username] [dbo].[bVPUserName] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMDistributionGroup] ADD CONSTRAINT [PK_vPMDistributionGroup] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vPMDistributionGroup_PMCo_GroupName] ON [dbo].[vPMDistributionGroup] ([PMCo] ASC, [GroupName] ASC)
GO
