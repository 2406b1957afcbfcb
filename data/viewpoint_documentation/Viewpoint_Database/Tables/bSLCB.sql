SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLCB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[SLTrans] [dbo].[bTrans] NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NOT NULL,
	[SLChangeOrder] [smallint] NOT NULL,
	[AppChangeOrder] [varchar](10) NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ChangeCurUnits] [dbo].[bUnits] NOT NULL,
	[CurUnitCost] [dbo].[bUnitCost] NOT NULL,
	[ChangeCurCost] [dbo].[bDollar] NOT NULL,
	[OldSL] [varchar](30) NULL,
	[OldSLItem] [dbo].[bItem] NULL,
	[OldSLChangeOrder] [smallint] NULL,
	[OldAppChangeOrder] [varchar](10) NULL,
	[OldActDate] [dbo].[bDate] NULL,
	[OldDescription] [dbo].[bItemDesc] NULL,
	[OldUM] [dbo].[bUM] NULL,
	[OldCurUnits] [dbo].[bUnits] NULL,
	[OldUnitCost] [dbo].[bUnitCost] NULL,
	[OldCurCost] [dbo].[bDollar] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PMSLSeq] [int] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ChgToTax] [dbo].[bDollar] NULL,
	[ChgToJCCmtdTax] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bSLCB] ADD CONSTRAINT [PK_bSLCB] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bSLCBBatchSeq] ON [dbo].[bSLCB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bSLCB].[CurUnitCost]'
GO
