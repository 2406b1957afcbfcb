SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOCB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[POTrans] [int] NULL,
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
	[OldPO] [varchar](30) NULL,
	[OldPOItem] [dbo].[bItem] NULL,
	[OldChangeOrder] [varchar](10) NULL,
	[OldActDate] [dbo].[bDate] NULL,
	[OldDescription] [dbo].[bItemDesc] NULL,
	[OldUM] [dbo].[bUM] NULL,
	[OldCurUnits] [dbo].[bUnits] NULL,
	[OldUnitCost] [dbo].[bUnitCost] NULL,
	[OldECM] [dbo].[bECM] NULL,
	[OldCurCost] [dbo].[bDollar] NULL,
	[OldBOUnits] [dbo].[bUnits] NULL,
	[OldBOCost] [dbo].[bDollar] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ChgTotCost] [dbo].[bDollar] NULL CONSTRAINT [DF_bPOCB_ChgTotCost] DEFAULT ((0)),
	[OldChgTotCost] [dbo].[bDollar] NULL CONSTRAINT [DF_bPOCB_OldChgTotCost] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ChgToTax] [dbo].[bDollar] NULL,
	[POCONum] [smallint] NULL CONSTRAINT [DF_bPOCB_POCONum] DEFAULT ((0))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOCB] ON [dbo].[bPOCB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOCB] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPOCB].[CurUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPOCB].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPOCB].[OldECM]'
GO
