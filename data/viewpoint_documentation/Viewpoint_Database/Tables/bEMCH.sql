SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMCH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[CostType] [dbo].[bEMCType] NOT NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMCH] ON [dbo].[bEMCH] ([EMCo] ASC, [EMGroup] ASC, [Equipment] ASC, [CostType] ASC, [CostCode] ASC)
GO
