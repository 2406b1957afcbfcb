SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRAB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[Trans] [dbo].[bTrans] NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LeaveCode] [dbo].[bLeaveCode] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Type] [char](1) NOT NULL,
	[Amt] [dbo].[bHrs] NOT NULL,
	[Accum1Adj] [dbo].[bHrs] NULL,
	[Accum2Adj] [dbo].[bHrs] NULL,
	[AvailBalAdj] [dbo].[bHrs] NULL,
	[Description] [dbo].[bDesc] NULL,
	[PRGroup] [dbo].[bGroup] NULL,
	[PREndDate] [dbo].[bDate] NULL,
	[PaySeq] [tinyint] NULL,
	[OldEmployee] [dbo].[bEmployee] NULL,
	[OldLeaveCode] [dbo].[bLeaveCode] NULL,
	[OldActDate] [dbo].[bDate] NULL,
	[OldType] [varchar](1) NULL,
	[OldAmt] [dbo].[bHrs] NULL,
	[OldAccum1Adj] [dbo].[bHrs] NULL,
	[OldAccum2Adj] [dbo].[bHrs] NULL,
	[OldAvailBalAdj] [dbo].[bHrs] NULL,
	[OldDesc] [dbo].[bDesc] NULL,
	[OldPRGroup] [dbo].[bGroup] NULL,
	[OldPREndDate] [dbo].[bDate] NULL,
	[OldPaySeq] [tinyint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRAB] ON [dbo].[bPRAB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRAB] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRAB].[Amt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRAB].[Accum1Adj]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRAB].[Accum2Adj]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRAB].[AvailBalAdj]'
GO
