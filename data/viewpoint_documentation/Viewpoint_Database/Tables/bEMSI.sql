SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMSI](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[StdMaintGroup] [varchar](10) NOT NULL,
	[StdMaintItem] [dbo].[bItem] NOT NULL,
	[EMGroup] [tinyint] NOT NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[RepairType] [varchar](10) NULL,
	[InOutFlag] [char](1) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[EstHrs] [dbo].[bHrs] NULL,
	[EstCost] [dbo].[bDollar] NULL,
	[LastHourMeter] [dbo].[bHrs] NULL,
	[LastOdometer] [dbo].[bHrs] NULL,
	[LastGallons] [dbo].[bHrs] NULL,
	[LastDoneDate] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[LastReplacedHourMeter] [dbo].[bHrs] NULL,
	[LastReplacedOdometer] [dbo].[bHrs] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMSI] ON [dbo].[bEMSI] ([EMCo] ASC, [Equipment] ASC, [StdMaintGroup] ASC, [StdMaintItem] ASC)
GO
