SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINRO](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[OutMth] [dbo].[bMonth] NOT NULL,
	[InDate] [dbo].[bDate] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[InMth] [dbo].[bMonth] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINRO] ON [dbo].[bINRO] ([INCo] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC, [OutMth] ASC, [InDate] ASC, [UnitCost] ASC, [InMth] ASC)
GO
