SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMDistributionGroupContact](
	[DistributionGroupID] [bigint] NOT NULL,
	[ContactTable] [varchar](30) NOT NULL,
	[ContactKeyID] [bigint] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMDistributionGroupContact] ADD CONSTRAINT [PK_vPMDistributionGroupContact] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vPMDistributionGroupContact_ContactTable_ContactKeyID] ON [dbo].[vPMDistributionGroupContact] ([DistributionGroupID] ASC, [ContactTable] ASC, [ContactKeyID] ASC)
GO
