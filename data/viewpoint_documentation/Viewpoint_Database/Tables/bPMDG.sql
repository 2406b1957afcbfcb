SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMDG](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[DrawingType] [dbo].[bDocType] NOT NULL,
	[Drawing] [dbo].[bDocument] NOT NULL,
	[DateIssued] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Issue] [dbo].[bIssue] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMDG] ADD CONSTRAINT [PK_bPMDG] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPMDG] ON [dbo].[bPMDG] ([PMCo] ASC, [Project] ASC, [DrawingType] ASC, [Drawing] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMDG] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMDG] WITH CHECK ADD CONSTRAINT [FK_bPMDG_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMDG] WITH CHECK ADD CONSTRAINT [FK_bPMDG_bPMDT] FOREIGN KEY([DrawingType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMDG] WITH CHECK ADD CONSTRAINT [FK_bPMDG_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
