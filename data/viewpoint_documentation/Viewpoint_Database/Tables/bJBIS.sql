SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBIS](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[ACOItem] [dbo].[bACOItem] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UnitsBilled] [dbo].[bUnits] NOT NULL,
	[AmtBilled] [dbo].[bDollar] NOT NULL,
	[RetgBilled] [dbo].[bDollar] NOT NULL,
	[RetgRel] [dbo].[bDollar] NOT NULL,
	[Discount] [dbo].[bDollar] NOT NULL,
	[TaxBasis] [dbo].[bDollar] NOT NULL,
	[TaxAmount] [dbo].[bDollar] NOT NULL,
	[AmountDue] [dbo].[bDollar] NOT NULL,
	[PrevUnits] [dbo].[bUnits] NOT NULL,
	[PrevAmt] [dbo].[bDollar] NOT NULL,
	[PrevRetg] [dbo].[bDollar] NOT NULL,
	[PrevRetgReleased] [dbo].[bDollar] NOT NULL,
	[PrevTax] [dbo].[bDollar] NOT NULL,
	[PrevDue] [dbo].[bDollar] NOT NULL,
	[ARLine] [smallint] NULL,
	[ARRelRetgLine] [smallint] NULL,
	[ARRelRetgCrLine] [smallint] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[CurrContract] [dbo].[bDollar] NOT NULL,
	[ContractUnits] [dbo].[bUnits] NOT NULL,
	[PrevWC] [dbo].[bDollar] NOT NULL,
	[PrevWCUnits] [dbo].[bUnits] NOT NULL,
	[WC] [dbo].[bDollar] NOT NULL,
	[WCUnits] [dbo].[bUnits] NOT NULL,
	[PrevSM] [dbo].[bDollar] NOT NULL,
	[Installed] [dbo].[bDollar] NOT NULL,
	[Purchased] [dbo].[bDollar] NOT NULL,
	[SM] [dbo].[bDollar] NOT NULL,
	[SMRetg] [dbo].[bDollar] NOT NULL,
	[PrevSMRetg] [dbo].[bDollar] NOT NULL,
	[PrevWCRetg] [dbo].[bDollar] NOT NULL,
	[WCRetg] [dbo].[bDollar] NOT NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[ChgOrderUnits] [dbo].[bUnits] NOT NULL,
	[ChgOrderAmt] [dbo].[bDollar] NOT NULL,
	[Notes] [varchar](max) NULL,
	[WCRetPct] [dbo].[bPct] NULL,
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIS_Purge] DEFAULT ('N'),
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIS_AuditYN] DEFAULT ('Y'),
	[RetgTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIS_RetgTax] DEFAULT ((0.00)),
	[PrevRetgTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIS_PrevRetgTax] DEFAULT ((0.00)),
	[RetgTaxRel] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIS_RetgTaxRel] DEFAULT ((0.00)),
	[PrevRetgTaxRel] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIS_PrevRetgTaxRel] DEFAULT ((0.00))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBIS] ON [dbo].[bJBIS] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [Job] ASC, [Item] ASC, [ACO] ASC, [ACOItem] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bJBIS_Contract] ON [dbo].[bJBIS] ([JBCo] ASC, [Item] ASC, [BillMonth] ASC, [BillNumber] ASC, [Contract] ASC, [Job] ASC, [ACO] ASC, [ACOItem] ASC)
GO
