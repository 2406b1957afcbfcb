SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMIH](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Issue] [dbo].[bIssue] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[DocType] [dbo].[bDocType] NULL,
	[Document] [dbo].[bDocument] NULL,
	[Rev] [tinyint] NULL,
	[PCOType] [dbo].[bDocType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[PCOItem] [dbo].[bPCOItem] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[IssueDateTime] [datetime] NOT NULL CONSTRAINT [DF_bPMIH_IssueDateTime] DEFAULT (getdate()),
	[Action] [varchar](max) NULL,
	[Login] [dbo].[bVPUserName] NULL,
	[ActionDate] [dbo].[bDate] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMIH] ON [dbo].[bPMIH] ([PMCo] ASC, [Project] ASC, [Issue] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMIH] ([KeyID] ASC)
GO
