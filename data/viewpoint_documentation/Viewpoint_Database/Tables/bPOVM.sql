SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOVM](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[VendMatId] [varchar](30) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[CostOpt] [tinyint] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NULL,
	[CostECM] [dbo].[bECM] NULL,
	[BookPrice] [dbo].[bUnitCost] NULL,
	[PriceECM] [dbo].[bECM] NULL,
	[PriceDisc] [dbo].[bPct] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOVM] ON [dbo].[bPOVM] ([VendorGroup] ASC, [Vendor] ASC, [MatlGroup] ASC, [Material] ASC, [UM] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOVM] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOVM].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPOVM].[CostECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOVM].[BookPrice]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPOVM].[PriceECM]'
GO
