SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMUE](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[AUTemplate] [varchar](10) NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[RulesTable] [varchar](10) NULL,
	[PhaseGrp] [dbo].[bGroup] NOT NULL,
	[JCPhase] [dbo].[bPhase] NOT NULL,
	[MaxPerPD] [dbo].[bDollar] NULL,
	[MaxPerMonth] [dbo].[bDollar] NULL,
	[MaxPerJob] [dbo].[bDollar] NULL,
	[MinPerPd] [dbo].[bDollar] NULL,
	[DayStartTime] [smalldatetime] NULL,
	[DayStopTime] [smalldatetime] NULL,
	[HrsPerDay] [dbo].[bHrs] NULL,
	[Br1StartTime] [smalldatetime] NULL,
	[Br1StopTime] [smalldatetime] NULL,
	[Br2StartTime] [smalldatetime] NULL,
	[Br2StopTime] [smalldatetime] NULL,
	[Br3StartTime] [smalldatetime] NULL,
	[Br3StopTime] [smalldatetime] NULL,
	[BillingStartsOnTrnsfrInDateYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMUE_BillingStartsOnTrnsfrInDateYN] DEFAULT ('N'),
	[UseEstDateOutYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMUE_UseEstDateOutYN] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMUE] ON [dbo].[bEMUE] ([EMCo] ASC, [AUTemplate] ASC, [Equipment] ASC)
GO
