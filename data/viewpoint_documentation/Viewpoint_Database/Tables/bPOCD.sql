SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOCD](
	[POCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[POTrans] [int] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[ChangeOrder] [varchar](10) NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ChangeCurUnits] [dbo].[bUnits] NOT NULL,
	[CurUnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NULL,
	[ChangeCurCost] [dbo].[bDollar] NOT NULL,
	[ChangeBOUnits] [dbo].[bUnits] NOT NULL,
	[ChangeBOCost] [dbo].[bDollar] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Seq] [int] NULL,
	[ChgTotCost] [dbo].[bDollar] NULL CONSTRAINT [DF_bPOCD_ChgTotCost] DEFAULT ((0)),
	[PurgeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCD_PurgeYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ChgToTax] [dbo].[bDollar] NULL,
	[POCONum] [smallint] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOCD] ON [dbo].[bPOCD] ([POCo] ASC, [PO] ASC, [POItem] ASC, [Mth] ASC, [POTrans] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOCD] ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biPOCDTrans] ON [dbo].[bPOCD] ([POTrans] ASC, [Mth] ASC, [POCo] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOCD].[CurUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPOCD].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCD].[PurgeYN]'
GO
