SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLWIHist](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NOT NULL,
	[ItemType] [tinyint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[CurUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vSLWIHist_CurUnits] DEFAULT ((0)),
	[CurUnitCost] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_vSLWIHist_CurUnitCost] DEFAULT ((0)),
	[CurCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_CurCost] DEFAULT ((0)),
	[PrevWCUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vSLWIHist_PrevWCUnits] DEFAULT ((0)),
	[PrevWCCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_PrevWCCost] DEFAULT ((0)),
	[WCUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vSLWIHist_WCUnits] DEFAULT ((0)),
	[WCCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_WCCost] DEFAULT ((0)),
	[WCRetPct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_vSLWIHist_WCRetPct] DEFAULT ((0)),
	[WCRetAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_WCRetAmt] DEFAULT ((0)),
	[PrevSM] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_PrevSM] DEFAULT ((0)),
	[Purchased] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_Purchased] DEFAULT ((0)),
	[Installed] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_Installed] DEFAULT ((0)),
	[SMRetPct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_vSLWIHist_SMRetPct] DEFAULT ((0)),
	[SMRetAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLWIHist_SMRetAmt] DEFAULT ((0)),
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
	[ReasonCode] [dbo].[bReasonCode] NULL,
	[SLKeyID] [bigint] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [viKeyID] ON [dbo].[vSLWIHist] ([KeyID] ASC)
GO
