SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRPC](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[BeginDate] [dbo].[bDate] NOT NULL,
	[MultiMth] [dbo].[bYN] NOT NULL,
	[BeginMth] [dbo].[bMonth] NOT NULL,
	[EndMth] [dbo].[bMonth] NULL,
	[CutoffDate] [dbo].[bDate] NULL,
	[LimitMth] [dbo].[bMonth] NOT NULL,
	[Hrs] [smallint] NOT NULL,
	[Days] [tinyint] NOT NULL,
	[Wks] [tinyint] NOT NULL,
	[Status] [tinyint] NOT NULL,
	[DateClosed] [smalldatetime] NULL,
	[JCInterface] [dbo].[bYN] NOT NULL,
	[EMInterface] [dbo].[bYN] NOT NULL,
	[GLInterface] [dbo].[bYN] NOT NULL,
	[APInterface] [dbo].[bYN] NOT NULL,
	[LeaveProcess] [dbo].[bYN] NOT NULL,
	[InUseBy] [dbo].[bVPUserName] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Conv] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRPC_Conv] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MaxRegHrsInWeek1] [tinyint] NOT NULL CONSTRAINT [DF_bPRPC_MaxRegHrsInWeek1] DEFAULT ((0)),
	[MaxRegHrsInWeek2] [tinyint] NOT NULL CONSTRAINT [DF_bPRPC_MaxRegHrsInWeek2] DEFAULT ((0))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRPC] ON [dbo].[bPRPC] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRPC] ([KeyID] ASC)
GO
