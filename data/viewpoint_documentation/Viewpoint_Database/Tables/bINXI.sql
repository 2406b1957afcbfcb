SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINXI](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[MOItem] [dbo].[bItem] NOT NULL,
	[MO] [dbo].[bMO] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[RemainUnits] [dbo].[bUnits] NOT NULL,
	[StdUM] [dbo].[bUM] NOT NULL,
	[Alloc] [dbo].[bUnits] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINXI] ON [dbo].[bINXI] ([INCo] ASC, [Mth] ASC, [BatchId] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC, [BatchSeq] ASC, [MOItem] ASC)
GO
