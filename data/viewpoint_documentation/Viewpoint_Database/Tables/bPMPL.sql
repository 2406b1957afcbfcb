SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPL](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Location] [varchar](10) NOT NULL,
	[Description] [varchar](60) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPL] ON [dbo].[bPMPL] ([PMCo] ASC, [Project] ASC, [Location] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPL] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMPL] WITH CHECK ADD CONSTRAINT [FK_bPMPL_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
