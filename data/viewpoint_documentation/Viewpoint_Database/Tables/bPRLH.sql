SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRLH](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[Trans] [dbo].[bTrans] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LeaveCode] [dbo].[bLeaveCode] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[Type] [varchar](1) NOT NULL,
	[Amt] [dbo].[bHrs] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[PRGroup] [dbo].[bGroup] NULL,
	[PREndDate] [dbo].[bDate] NULL,
	[PaySeq] [int] NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Accum1Adj] [dbo].[bHrs] NULL CONSTRAINT [DF_bPRLH_Accum1Adj] DEFAULT ((0)),
	[Accum2Adj] [dbo].[bHrs] NULL CONSTRAINT [DF_bPRLH_Accum2Adj] DEFAULT ((0)),
	[AvailBalAdj] [dbo].[bHrs] NULL CONSTRAINT [DF_bPRLH_AvailBalAdj] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRLH] ON [dbo].[bPRLH] ([PRCo] ASC, [Mth] ASC, [Trans] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRLHEmployee] ON [dbo].[bPRLH] ([Employee] ASC)
GO
