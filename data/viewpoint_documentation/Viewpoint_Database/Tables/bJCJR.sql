SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCJR](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Seq] [int] NOT NULL CONSTRAINT [DF_bJCJR_Seq] DEFAULT ((1)),
	[Reviewer] [varchar](3) NOT NULL,
	[Memo] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ReviewerType] [smallint] NOT NULL CONSTRAINT [DF_bJCJR_ReviewerType] DEFAULT ((1)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCJR] ON [dbo].[bJCJR] ([JCCo] ASC, [Job] ASC, [Reviewer] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCJR] ([KeyID] ASC)
GO
