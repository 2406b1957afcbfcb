SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLWI](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NOT NULL,
	[ItemType] [tinyint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[CurUnits] [dbo].[bUnits] NOT NULL,
	[CurUnitCost] [dbo].[bUnitCost] NOT NULL,
	[CurCost] [dbo].[bDollar] NOT NULL,
	[PrevWCUnits] [dbo].[bUnits] NOT NULL,
	[PrevWCCost] [dbo].[bDollar] NOT NULL,
	[WCUnits] [dbo].[bUnits] NOT NULL,
	[WCCost] [dbo].[bDollar] NOT NULL,
	[WCRetPct] [dbo].[bPct] NOT NULL,
	[WCRetAmt] [dbo].[bDollar] NOT NULL,
	[PrevSM] [dbo].[bDollar] NOT NULL,
	[Purchased] [dbo].[bDollar] NOT NULL,
	[Installed] [dbo].[bDollar] NOT NULL,
	[SMRetPct] [dbo].[bPct] NOT NULL,
	[SMRetAmt] [dbo].[bDollar] NOT NULL,
	[LineDesc] [dbo].[bItemDesc] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[BillMonth] [dbo].[bMonth] NULL,
	[BillNumber] [int] NULL,
	[BillChangedYN] [dbo].[bYN] NULL,
	[WCPctComplete] [dbo].[bPct] NULL,
	[WCToDate] [dbo].[bDollar] NULL,
	[WCToDateUnits] [dbo].[bUnits] NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UnitsClaimed] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bSLWI_UnitsClaimed] DEFAULT ((0)),
	[AmtClaimed] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLWI_AmtClaimed] DEFAULT ((0)),
	[ReasonCode] [dbo].[bReasonCode] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLWI] ON [dbo].[bSLWI] ([SLCo] ASC, [UserName] ASC, [SL] ASC, [SLItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLWI] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bSLWI].[CurUnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLWI].[BillChangedYN]'
GO
