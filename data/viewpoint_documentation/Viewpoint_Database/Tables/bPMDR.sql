SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMDR](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[DrawingType] [dbo].[bDocType] NOT NULL,
	[Drawing] [dbo].[bDocument] NOT NULL,
	[Rev] [varchar](10) NOT NULL,
	[RevisionDate] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Issue] [dbo].[bIssue] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMDR] ADD CONSTRAINT [PK_bPMDR] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [DrawingType] ASC, [Drawing] ASC, [Rev] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMDR] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMDR] WITH CHECK ADD CONSTRAINT [FK_bPMDR_bPMDG] FOREIGN KEY([PMCo], [Project], [DrawingType], [Drawing]) REFERENCES [dbo].[bPMDG] ([PMCo], [Project], [DrawingType], [Drawing])
GO
ALTER TABLE [dbo].[bPMDR] WITH CHECK ADD CONSTRAINT [FK_bPMDR_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
