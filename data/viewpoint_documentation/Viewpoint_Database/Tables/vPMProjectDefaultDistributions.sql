SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMProjectDefaultDistributions](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[FirmNumber] [dbo].[bFirm] NOT NULL,
	[ContactCode] [dbo].[bEmployee] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMProjectDefaultDistributions] ADD CONSTRAINT [PK_vPMProjectDefaultDistributions] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
