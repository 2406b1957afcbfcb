SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMEH](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[BudgetNo] [varchar](10) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMEH] ADD CONSTRAINT [PK_bPMEH] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [BudgetNo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMEH] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMEH] WITH CHECK ADD CONSTRAINT [FK_bPMEH_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
