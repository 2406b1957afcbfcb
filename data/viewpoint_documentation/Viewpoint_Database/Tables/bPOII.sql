SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOII](
	[POCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ChangeUnits] [dbo].[bUnits] NOT NULL,
	[StdUM] [dbo].[bUM] NOT NULL,
	[OnOrder] [dbo].[bUnits] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOII] ON [dbo].[bPOII] ([POCo] ASC, [Mth] ASC, [BatchId] ASC, [INCo] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC, [BatchSeq] ASC, [POItem] ASC, [OldNew] ASC)
GO
