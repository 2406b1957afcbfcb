SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMAR](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[Month] [dbo].[bMonth] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[AvailableHrs] [dbo].[bHrs] NOT NULL,
	[EstWorkUnits] [dbo].[bUnits] NOT NULL,
	[EstTime] [dbo].[bHrs] NOT NULL,
	[EstAmt] [dbo].[bDollar] NOT NULL,
	[ActualWorkUnits] [dbo].[bUnits] NOT NULL,
	[Actual_Time] [dbo].[bHrs] NOT NULL,
	[ActualAmt] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMAR] ON [dbo].[bEMAR] ([EMCo] ASC, [Equipment] ASC, [RevCode] ASC, [Month] ASC, [EMGroup] ASC)
GO
