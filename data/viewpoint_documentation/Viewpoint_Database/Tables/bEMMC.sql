SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMMC](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[CostType] [dbo].[bEMCType] NOT NULL,
	[Month] [dbo].[bMonth] NOT NULL,
	[ActUnits] [dbo].[bUnits] NOT NULL,
	[ActCost] [dbo].[bDollar] NOT NULL,
	[EstUnits] [dbo].[bUnits] NOT NULL,
	[EstCost] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMMC] ON [dbo].[bEMMC] ([EMCo] ASC, [Equipment] ASC, [EMGroup] ASC, [CostCode] ASC, [CostType] ASC, [Month] ASC)
GO
