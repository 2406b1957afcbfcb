SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINRI](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[InDate] [dbo].[bDate] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[InMth] [dbo].[bMonth] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINRI] ON [dbo].[bINRI] ([INCo] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC, [InDate] ASC, [UnitCost] ASC, [InMth] ASC)
GO
