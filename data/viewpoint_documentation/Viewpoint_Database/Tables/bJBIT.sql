SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBIT](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UnitsBilled] [dbo].[bUnits] NOT NULL,
	[AmtBilled] [dbo].[bDollar] NOT NULL,
	[RetgBilled] [dbo].[bDollar] NOT NULL,
	[RetgRel] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_RetgRel] DEFAULT ((0.00)),
	[Discount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_Discount] DEFAULT ((0.00)),
	[TaxBasis] [dbo].[bDollar] NOT NULL,
	[TaxAmount] [dbo].[bDollar] NOT NULL,
	[AmountDue] [dbo].[bDollar] NOT NULL,
	[PrevUnits] [dbo].[bUnits] NOT NULL,
	[PrevAmt] [dbo].[bDollar] NOT NULL,
	[PrevRetg] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevRetg] DEFAULT ((0.00)),
	[PrevRetgReleased] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevRetgReleased] DEFAULT ((0.00)),
	[PrevTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevTax] DEFAULT ((0.00)),
	[PrevDue] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevDue] DEFAULT ((0.00)),
	[ARLine] [smallint] NULL,
	[ARRelRetgLine] [tinyint] NULL,
	[ARRelRetgCrLine] [tinyint] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[CurrContract] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_CurrContract] DEFAULT ((0.00)),
	[ContractUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJBIT_ContractUnits] DEFAULT ((0.000)),
	[PrevWC] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevWC] DEFAULT ((0.00)),
	[PrevWCUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJBIT_PrevWCUnits] DEFAULT ((0.000)),
	[WC] [dbo].[bDollar] NOT NULL,
	[WCUnits] [dbo].[bUnits] NOT NULL,
	[PrevSM] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevSM] DEFAULT ((0.00)),
	[Installed] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_Installed] DEFAULT ((0.00)),
	[Purchased] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_Purchased] DEFAULT ((0.00)),
	[SM] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_SM] DEFAULT ((0.00)),
	[SMRetg] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_SMRetg] DEFAULT ((0.00)),
	[PrevSMRetg] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevSMRetg] DEFAULT ((0.00)),
	[PrevWCRetg] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevWCRetg] DEFAULT ((0.00)),
	[WCRetg] [dbo].[bDollar] NOT NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[Notes] [varchar](max) NULL,
	[Contract] [dbo].[bContract] NULL,
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIT_Purge] DEFAULT ('N'),
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIT_AuditYN] DEFAULT ('Y'),
	[WCRetPct] [dbo].[bPct] NULL,
	[ChangedYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIT_ChangedYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[RetgTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_RetgTax] DEFAULT ((0.00)),
	[PrevRetgTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevRetgTax] DEFAULT ((0.00)),
	[RetgTaxRel] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_RetgTaxRel] DEFAULT ((0.00)),
	[PrevRetgTaxRel] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_PrevRetgTaxRel] DEFAULT ((0.00)),
	[ReasonCode] [dbo].[bReasonCode] NULL,
	[AmtClaimed] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIT_AmtClaimed] DEFAULT ((0.00)),
	[UnitsClaimed] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJBIT_UnitsClaimed] DEFAULT ((0.00))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBIT] ON [dbo].[bJBIT] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [Item] ASC)
GO
CREATE NONCLUSTERED INDEX [biJBITContractItem] ON [dbo].[bJBIT] ([JBCo] ASC, [Contract] ASC, [Item] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBIT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIT].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIT].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIT].[ChangedYN]'
GO
