SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQPT](
	[PayTerms] [dbo].[bPayTerms] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[DiscOpt] [tinyint] NOT NULL,
	[DaysTillDisc] [tinyint] NULL,
	[DiscDay] [tinyint] NULL,
	[DueOpt] [tinyint] NOT NULL,
	[DaysTillDue] [tinyint] NULL,
	[DueDay] [tinyint] NULL,
	[CutOffDay] [tinyint] NULL,
	[DiscRate] [dbo].[bPct] NOT NULL,
	[MatlDisc] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[RollAheadTwoMonths] [tinyint] NOT NULL CONSTRAINT [DF_bHQPT_RollAheadTwoMonths] DEFAULT ((1))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQPT] ON [dbo].[bHQPT] ([PayTerms] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQPT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQPT].[MatlDisc]'
GO
