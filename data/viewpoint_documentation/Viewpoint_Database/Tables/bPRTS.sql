SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTS](
	[UserId] [dbo].[bVPUserName] NOT NULL,
	[SendSeq] [int] NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[BatchMth] [dbo].[bMonth] NOT NULL,
	[PRGroup] [dbo].[bCompany] NOT NULL,
	[EndDate] [dbo].[bDate] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[ThroughDate] [dbo].[bDate] NULL,
	[PRRestrict] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRTS_PRRestrict] DEFAULT ('N'),
	[JCRestrict] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRTS_JCRestrict] DEFAULT ('N'),
	[EMRestrict] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRTS_EMRestrict] DEFAULT ('N'),
	[AbortError] [varchar](255) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTS] ON [dbo].[bPRTS] ([UserId] ASC, [SendSeq] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRTS].[PRRestrict]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRTS].[JCRestrict]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRTS].[EMRestrict]'
GO
