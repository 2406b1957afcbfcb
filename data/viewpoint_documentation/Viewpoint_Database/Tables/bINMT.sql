SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINMT](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[LastVendor] [dbo].[bVendor] NULL,
	[LastCost] [dbo].[bUnitCost] NOT NULL,
	[LastECM] [dbo].[bECM] NOT NULL,
	[LastCostUpdate] [dbo].[bDate] NULL,
	[AvgCost] [dbo].[bUnitCost] NOT NULL,
	[AvgECM] [dbo].[bECM] NOT NULL,
	[StdCost] [dbo].[bUnitCost] NOT NULL,
	[StdECM] [dbo].[bECM] NOT NULL,
	[StdPrice] [dbo].[bUnitCost] NOT NULL,
	[PriceECM] [dbo].[bECM] NOT NULL,
	[LowStock] [dbo].[bUnits] NOT NULL,
	[ReOrder] [dbo].[bUnits] NOT NULL,
	[WeightConv] [dbo].[bUnits] NOT NULL,
	[PhyLoc] [varchar](30) NULL,
	[LastCntDate] [dbo].[bDate] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[CostPhase] [dbo].[bPhase] NULL,
	[Active] [dbo].[bYN] NOT NULL,
	[AutoProd] [dbo].[bYN] NOT NULL,
	[GLSaleUnits] [dbo].[bYN] NOT NULL,
	[CustRate] [dbo].[bRate] NOT NULL,
	[JobRate] [dbo].[bRate] NOT NULL,
	[InvRate] [dbo].[bRate] NOT NULL,
	[EquipRate] [dbo].[bRate] NOT NULL,
	[OnHand] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bINMT_OnHand] DEFAULT ((0)),
	[RecvdNInvcd] [dbo].[bUnits] NOT NULL,
	[Alloc] [dbo].[bUnits] NOT NULL,
	[OnOrder] [dbo].[bUnits] NOT NULL,
	[AuditYN] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Booked] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bINMT_Booked] DEFAULT ((0)),
	[GLProdUnits] [dbo].[bYN] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AllowNegWarnMSTickets] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bINMT_AllowNegWarnMSTickets] DEFAULT ('N'),
	[ServiceRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bINMT_ServiceRate] DEFAULT ((0))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bINMT] ADD CONSTRAINT [PK_bINMT] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bINMT_MatlGroupMatlLocInco] ON [dbo].[bINMT] ([MatlGroup] ASC, [Material] ASC, [Loc] ASC, [INCo] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bINMT_IncoAudit] ON [dbo].[bINMT] ([INCo] ASC, [AuditYN] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMT].[LastECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMT].[AvgECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMT].[StdECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMT].[PriceECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINMT].[Active]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINMT].[AutoProd]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINMT].[GLSaleUnits]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINMT].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINMT].[GLProdUnits]'
GO
