SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQProjectStatusCodes](
	[ProjectStatusCode] [varchar](10) NOT NULL,
	[Description] [varchar](60) NULL,
	[ActiveLookup] [dbo].[bYN] NULL,
	[StatusOrder] [int] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQProjectStatusCodes] ADD CONSTRAINT [PK_vHQProjectStatuses] PRIMARY KEY CLUSTERED ([ProjectStatusCode] ASC)
GO
