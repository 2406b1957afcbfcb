SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINCB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[INTrans] [dbo].[bTrans] NULL,
	[MO] [dbo].[bMO] NOT NULL,
	[MOItem] [dbo].[bItem] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ConfirmDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[ConfirmUnits] [dbo].[bUnits] NOT NULL,
	[RemainUnits] [dbo].[bUnits] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NOT NULL,
	[ConfirmTotal] [dbo].[bDollar] NOT NULL,
	[StkUM] [dbo].[bUM] NOT NULL,
	[StkUnits] [dbo].[bUnits] NOT NULL,
	[StkUnitCost] [dbo].[bUnitCost] NOT NULL,
	[StkECM] [dbo].[bECM] NOT NULL,
	[StkTotalCost] [dbo].[bDollar] NOT NULL,
	[OldMO] [dbo].[bMO] NULL,
	[OldMOItem] [dbo].[bItem] NULL,
	[OldLoc] [dbo].[bLoc] NULL,
	[OldMatlGroup] [dbo].[bGroup] NULL,
	[OldMaterial] [dbo].[bMatl] NULL,
	[OldUM] [dbo].[bUM] NULL,
	[OldConfirmDate] [dbo].[bDate] NULL,
	[OldDesc] [dbo].[bItemDesc] NULL,
	[OldConfirmUnits] [dbo].[bUnits] NULL,
	[OldRemainUnits] [dbo].[bUnits] NULL,
	[OldUnitPrice] [dbo].[bUnitCost] NULL,
	[OldECM] [dbo].[bECM] NULL,
	[OldConfirmTotal] [dbo].[bDollar] NULL,
	[OldStkUM] [dbo].[bUM] NULL,
	[OldStkUnits] [dbo].[bUnits] NULL,
	[OldStkUnitCost] [dbo].[bUnitCost] NULL,
	[OldStkECM] [dbo].[bECM] NULL,
	[OldStkTotalCost] [dbo].[bDollar] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINCB] ON [dbo].[bINCB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINCB] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINCB].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINCB].[StkECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINCB].[OldECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINCB].[OldStkECM]'
GO
