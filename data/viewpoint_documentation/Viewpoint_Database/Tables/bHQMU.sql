SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQMU](
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Conversion] [dbo].[bUnitCost] NOT NULL,
	[Cost] [dbo].[bUnitCost] NOT NULL,
	[CostECM] [dbo].[bECM] NOT NULL,
	[Price] [dbo].[bUnitCost] NOT NULL,
	[PriceECM] [dbo].[bECM] NOT NULL,
	[PayDiscRate] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bHQMU_PayDiscRate] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQMU] ON [dbo].[bHQMU] ([MatlGroup] ASC, [Material] ASC, [UM] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQMU] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bHQMU].[Conversion]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bHQMU].[Cost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bHQMU].[CostECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bHQMU].[Price]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bHQMU].[PriceECM]'
GO
