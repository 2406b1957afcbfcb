SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRLV](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[LeaveCode] [dbo].[bLeaveCode] NOT NULL,
	[Description] [varchar](30) NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[AccType] [char](1) NOT NULL,
	[FixedUnits] [dbo].[bHrs] NULL,
	[FixedFreq] [dbo].[bFreq] NULL,
	[Cap1Freq] [dbo].[bFreq] NULL,
	[Cap1Max] [dbo].[bHrs] NOT NULL,
	[Cap2Freq] [dbo].[bFreq] NULL,
	[Cap2Max] [dbo].[bHrs] NOT NULL,
	[AvailBalFreq] [dbo].[bFreq] NULL,
	[AvailBalMax] [dbo].[bHrs] NOT NULL,
	[CarryOver] [dbo].[bHrs] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRLV] ON [dbo].[bPRLV] ([PRCo] ASC, [LeaveCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRLV] ([KeyID] ASC)
GO
