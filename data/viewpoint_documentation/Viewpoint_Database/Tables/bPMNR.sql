SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMNR](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[NoteSeq] [int] NOT NULL,
	[Reviewer] [dbo].[bVPUserName] NOT NULL,
	[AddedDate] [dbo].[bDate] NOT NULL,
	[RevStatus] [varchar](10) NOT NULL,
	[RevStatusDate] [dbo].[bDate] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMNR] ON [dbo].[bPMNR] ([PMCo] ASC, [Project] ASC, [NoteSeq] ASC, [Reviewer] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMNR] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biPMNRReviewers] ON [dbo].[bPMNR] ([Reviewer] ASC)
GO
ALTER TABLE [dbo].[bPMNR] WITH CHECK ADD CONSTRAINT [FK_bPMNR_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMNR] WITH CHECK ADD CONSTRAINT [FK_bPMNR_bPMPN] FOREIGN KEY([PMCo], [Project], [NoteSeq]) REFERENCES [dbo].[bPMPN] ([PMCo], [Project], [NoteSeq])
GO
