SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLCD](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[SLTrans] [dbo].[bTrans] NOT NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NOT NULL,
	[SLChangeOrder] [smallint] NOT NULL,
	[AppChangeOrder] [varchar](10) NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ChangeCurUnits] [dbo].[bUnits] NOT NULL,
	[ChangeCurUnitCost] [dbo].[bUnitCost] NOT NULL,
	[ChangeCurCost] [dbo].[bDollar] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PurgeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLCD_PurgeYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ChgToTax] [dbo].[bDollar] NULL,
	[ChgToJCCmtdTax] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLCD] ON [dbo].[bSLCD] ([SLCo] ASC, [Mth] ASC, [SLTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLCD] ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biSLCDACO] ON [dbo].[bSLCD] ([SLCo] ASC, [SL] ASC, [AppChangeOrder] ASC, [Mth] ASC, [SLTrans] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bSLCD].[ChangeCurUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCD].[PurgeYN]'
GO
