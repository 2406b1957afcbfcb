SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRMyTimesheet](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[EntryEmployee] [dbo].[bEmployee] NOT NULL,
	[StartDate] [dbo].[bDate] NOT NULL,
	[Sheet] [smallint] NOT NULL,
	[Status] [tinyint] NOT NULL,
	[CreatedOn] [smalldatetime] NOT NULL,
	[CreatedBy] [dbo].[bVPUserName] NOT NULL,
	[PRBatchMth] [dbo].[bDate] NULL,
	[PRBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PersonalTimesheet] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRMyTimesheet_PersonalTimesheet] DEFAULT ('N'),
	[ErrorMessage] [varchar](max) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPRMyTimesheet] ADD CONSTRAINT [biPRMyTimesheet] PRIMARY KEY CLUSTERED ([PRCo] ASC, [EntryEmployee] ASC, [StartDate] ASC, [Sheet] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bPRMyTimesheet] ON [dbo].[bPRMyTimesheet] ([PRCo] ASC)
GO
