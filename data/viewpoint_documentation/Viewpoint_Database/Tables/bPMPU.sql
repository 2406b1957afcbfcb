SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPU](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PunchList] [dbo].[bDocument] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[PunchListDate] [dbo].[bDate] NULL,
	[PrintOption] [char](1) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPL] ON [dbo].[bPMPU] ([PMCo] ASC, [Project] ASC, [PunchList] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPU] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMPU] WITH CHECK ADD CONSTRAINT [FK_bPMPU_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
