SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPORN](
	[POCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[APLine] [smallint] NOT NULL CONSTRAINT [DF_bPORN_APLine] DEFAULT ((1)),
	[OldNew] [tinyint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[POTrans] [dbo].[bTrans] NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[Description] [dbo].[bDesc] NULL,
	[RecDate] [dbo].[bDate] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NOT NULL,
	[TotalCost] [dbo].[bDollar] NOT NULL,
	[StdUM] [dbo].[bUM] NOT NULL,
	[StdUnits] [dbo].[bUnits] NOT NULL,
	[StdUnitCost] [dbo].[bUnitCost] NOT NULL,
	[StdECM] [dbo].[bECM] NOT NULL,
	[StdTotalCost] [dbo].[bDollar] NOT NULL,
	[POItemLine] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPORN] ON [dbo].[bPORN] ([POCo] ASC, [Mth] ASC, [BatchId] ASC, [INCo] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC, [BatchSeq] ASC, [APLine] ASC, [POTrans] ASC, [OldNew] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPORN].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPORN].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPORN].[StdECM]'
GO
