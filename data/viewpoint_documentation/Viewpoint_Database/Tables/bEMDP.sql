SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMDP](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[Asset] [varchar](20) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[DeprMethod] [char](1) NOT NULL,
	[DBFactor] [dbo].[bRate] NULL,
	[FirstMonth] [dbo].[bMonth] NOT NULL,
	[NoMonthsToDepr] [smallint] NOT NULL,
	[TtlToDepr] [dbo].[bDollar] NOT NULL,
	[MonthDisposed] [dbo].[bMonth] NULL,
	[PurchasePrice] [dbo].[bDollar] NULL,
	[ResidualValue] [dbo].[bDollar] NULL,
	[SalePrice] [dbo].[bDollar] NULL,
	[AccumDeprAcct] [dbo].[bGLAcct] NULL,
	[DeprExpAcct] [dbo].[bGLAcct] NULL,
	[DeprAssetAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UseResidualVal] [char](1) NOT NULL CONSTRAINT [DF_bEMDP_UseResidualVal] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bEMDP] ADD CONSTRAINT [PK_bEMDP] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bEMDP_EMCoEquipmentAsset] ON [dbo].[bEMDP] ([EMCo] ASC, [Equipment] ASC, [Asset] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMDP].[UseResidualVal]'
GO
