SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINMU](
	[INCo] [dbo].[bCompany] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Conversion] [dbo].[bUnitCost] NOT NULL,
	[StdCost] [dbo].[bUnitCost] NOT NULL,
	[StdCostECM] [dbo].[bECM] NOT NULL,
	[Price] [dbo].[bUnitCost] NOT NULL,
	[PriceECM] [dbo].[bECM] NOT NULL,
	[LastCost] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bINMU_LastCost] DEFAULT ((0)),
	[LastECM] [dbo].[bECM] NOT NULL CONSTRAINT [DF_bINMU_LastECM] DEFAULT ('E'),
	[LastCostUpdate] [dbo].[bDate] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINMU] ON [dbo].[bINMU] ([MatlGroup] ASC, [INCo] ASC, [Material] ASC, [Loc] ASC, [UM] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINMU] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMU].[StdCostECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMU].[PriceECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINMU].[LastECM]'
GO
