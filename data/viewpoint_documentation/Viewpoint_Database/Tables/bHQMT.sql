SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQMT](
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[Category] [varchar](10) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[StdUM] [dbo].[bUM] NOT NULL,
	[Cost] [dbo].[bUnitCost] NOT NULL,
	[CostECM] [dbo].[bECM] NOT NULL,
	[Price] [dbo].[bUnitCost] NOT NULL,
	[PriceECM] [dbo].[bECM] NOT NULL,
	[PayDiscType] [char](1) NOT NULL,
	[PurchaseUM] [dbo].[bUM] NOT NULL,
	[SalesUM] [dbo].[bUM] NOT NULL,
	[WeightConv] [dbo].[bUnits] NULL,
	[Stocked] [dbo].[bYN] NOT NULL,
	[Taxable] [dbo].[bYN] NOT NULL,
	[MatlPhase] [dbo].[bPhase] NULL,
	[MatlJCCostType] [dbo].[bJCCType] NULL,
	[HaulPhase] [dbo].[bPhase] NULL,
	[HaulJCCostType] [dbo].[bJCCType] NULL,
	[HaulCode] [dbo].[bHaulCode] NULL,
	[Active] [dbo].[bYN] NOT NULL,
	[PriceServiceId] [varchar](30) NULL,
	[Type] [char](1) NOT NULL,
	[Notes] [varchar](max) NULL,
	[PayDiscRate] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bHQMT_PayDiscRate] DEFAULT ((0)),
	[MetricUM] [dbo].[bUM] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQMT] ON [dbo].[bHQMT] ([MatlGroup] ASC, [Material] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQMT] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bHQMT].[Cost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bHQMT].[CostECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bHQMT].[Price]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bHQMT].[PriceECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQMT].[Stocked]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQMT].[Taxable]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQMT].[Active]'
GO
