SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMCX](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bEMCType] NOT NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMCX] ON [dbo].[bEMCX] ([EMGroup] ASC, [CostType] ASC, [CostCode] ASC)
GO
