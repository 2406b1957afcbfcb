SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBID](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Line] [int] NOT NULL,
	[Seq] [int] NOT NULL,
	[Source] [char](2) NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[CostTypeCategory] [char](1) NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[EarnType] [dbo].[bEarnType] NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[Factor] [dbo].[bRate] NULL,
	[Shift] [tinyint] NULL,
	[LiabilityType] [dbo].[bLiabilityType] NULL,
	[APCo] [dbo].[bCompany] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[PreBillYN] [dbo].[bYN] NOT NULL,
	[INCo] [dbo].[bCompany] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[Material] [dbo].[bMatl] NULL,
	[Location] [dbo].[bLoc] NULL,
	[MSTicket] [dbo].[bTic] NULL,
	[StdUM] [dbo].[bUM] NULL,
	[StdPrice] [dbo].[bUnitCost] NOT NULL,
	[StdECM] [dbo].[bECM] NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[RevCode] [dbo].[bRevCode] NULL,
	[JCMonth] [dbo].[bMonth] NULL,
	[JCTrans] [dbo].[bTrans] NULL,
	[JCDate] [dbo].[bDate] NULL,
	[Category] [varchar](10) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[SubTotal] [numeric](15, 5) NOT NULL,
	[MarkupRate] [dbo].[bUnitCost] NOT NULL,
	[MarkupAddl] [dbo].[bDollar] NOT NULL,
	[MarkupTotal] [numeric](15, 5) NOT NULL,
	[Total] [dbo].[bDollar] NOT NULL,
	[Template] [varchar](10) NULL,
	[TemplateSeq] [int] NULL,
	[TemplateSortLevel] [tinyint] NULL,
	[TemplateSeqSumOpt] [tinyint] NULL,
	[TemplateSeqGroup] [int] NULL,
	[DetailKey] [varchar](500) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBID_AuditYN] DEFAULT ('Y'),
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBID_Purge] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBID] ON [dbo].[bJBID] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [Line] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBID] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBID].[PreBillYN]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bJBID].[StdECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bJBID].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBID].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBID].[Purge]'
GO
