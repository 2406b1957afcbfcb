SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMCD](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[EMTrans] [dbo].[bTrans] NOT NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[Component] [dbo].[bEquip] NULL,
	[ComponentTypeCode] [varchar](10) NULL,
	[Asset] [varchar](20) NULL,
	[WorkOrder] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[EMCostType] [dbo].[bEMCType] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[ActualDate] [dbo].[bDate] NOT NULL,
	[Source] [dbo].[bSource] NULL,
	[EMTransType] [varchar](10) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[InUseBatchID] [dbo].[bBatchID] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLTransAcct] [dbo].[bGLAcct] NULL,
	[GLOffsetAcct] [dbo].[bGLAcct] NULL,
	[ReversalStatus] [tinyint] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[PREmployee] [dbo].[bEmployee] NULL,
	[APCo] [dbo].[bCompany] NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[APLine] [int] NULL,
	[VendorGrp] [dbo].[bGroup] NULL,
	[APVendor] [dbo].[bVendor] NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[INLocation] [dbo].[bLoc] NULL,
	[Material] [dbo].[bMatl] NULL,
	[INStkUM] [dbo].[bUM] NULL,
	[INStkUnitCost] [dbo].[bUnitCost] NOT NULL,
	[INStkECM] [dbo].[bECM] NULL,
	[SerialNo] [varchar](20) NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[Dollars] [dbo].[bDollar] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[PerECM] [dbo].[bECM] NULL,
	[TotalCost] [dbo].[bDollar] NULL,
	[AllocCode] [tinyint] NULL,
	[TaxType] [tinyint] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxBasis] [dbo].[bDollar] NULL,
	[TaxRate] [dbo].[bRate] NULL,
	[TaxAmount] [dbo].[bDollar] NULL,
	[CurrentHourMeter] [dbo].[bHrs] NOT NULL,
	[CurrentTotalHourMeter] [dbo].[bHrs] NOT NULL,
	[CurrentOdometer] [dbo].[bHrs] NOT NULL,
	[CurrentTotalOdometer] [dbo].[bHrs] NOT NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[MeterTrans] [dbo].[bTrans] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[POItemLine] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMCD] ON [dbo].[bEMCD] ([EMCo] ASC, [Equipment] ASC, [Mth] ASC, [EMTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biEMCDEMTrans] ON [dbo].[bEMCD] ([EMCo] ASC, [Mth] ASC, [EMTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMCDWorkOrderDelete] ON [dbo].[bEMCD] ([EMCo] ASC, [WorkOrder] ASC, [WOItem] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMCDCostCodeCT] ON [dbo].[bEMCD] ([EMGroup] ASC, [CostCode] ASC, [EMCostType] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMCDAttchID] ON [dbo].[bEMCD] ([UniqueAttchID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMCD] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bEMCD].[INStkUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bEMCD].[INStkECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bEMCD].[UnitPrice]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bEMCD].[PerECM]'
GO
