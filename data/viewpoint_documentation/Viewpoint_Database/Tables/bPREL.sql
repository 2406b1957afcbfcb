SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPREL](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LeaveCode] [dbo].[bLeaveCode] NOT NULL,
	[EligibleDate] [dbo].[bDate] NOT NULL,
	[FixedUnits] [dbo].[bHrs] NULL,
	[FixedFreq] [dbo].[bFreq] NULL,
	[Cap1Freq] [dbo].[bFreq] NULL,
	[Cap1Max] [dbo].[bHrs] NULL,
	[Cap1Accum] [dbo].[bHrs] NOT NULL,
	[Cap1Date] [dbo].[bDate] NULL,
	[Cap2Freq] [dbo].[bFreq] NULL,
	[Cap2Max] [dbo].[bHrs] NULL,
	[Cap2Accum] [dbo].[bHrs] NOT NULL,
	[Cap2Date] [dbo].[bDate] NULL,
	[AvailBalFreq] [dbo].[bFreq] NULL,
	[AvailBalMax] [dbo].[bHrs] NULL,
	[CarryOver] [dbo].[bHrs] NULL,
	[AvailBal] [dbo].[bHrs] NOT NULL,
	[AvailBalDate] [dbo].[bDate] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPREL] ON [dbo].[bPREL] ([PRCo] ASC, [Employee] ASC, [LeaveCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPREL] ([KeyID] ASC)
GO
