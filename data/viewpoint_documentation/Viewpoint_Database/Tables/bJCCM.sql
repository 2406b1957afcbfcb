SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCCM](
	[JCCo] [dbo].[bCompany] NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[ContractStatus] [tinyint] NOT NULL,
	[OriginalDays] [smallint] NOT NULL CONSTRAINT [DF_bJCCM_OriginalDays] DEFAULT ((0)),
	[CurrentDays] [smallint] NOT NULL CONSTRAINT [DF_bJCCM_CurrentDays] DEFAULT ((0)),
	[StartMonth] [dbo].[bMonth] NOT NULL,
	[MonthClosed] [dbo].[bMonth] NULL,
	[ProjCloseDate] [dbo].[bDate] NULL,
	[ActualCloseDate] [dbo].[bDate] NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[TaxInterface] [dbo].[bYN] NOT NULL,
	[TaxGroup] [dbo].[bGroup] NULL CONSTRAINT [DF_bJCCM_TaxGroup] DEFAULT ((0)),
	[TaxCode] [dbo].[bTaxCode] NULL,
	[RetainagePCT] [dbo].[bPct] NOT NULL CONSTRAINT [DF_bJCCM_RetainagePCT] DEFAULT ((0)),
	[DefaultBillType] [dbo].[bBillType] NOT NULL,
	[OrigContractAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCM_OrigContractAmt] DEFAULT ((0)),
	[ContractAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCM_ContractAmt] DEFAULT ((0)),
	[BilledAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCM_BilledAmt] DEFAULT ((0)),
	[ReceivedAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCM_ReceivedAmt] DEFAULT ((0)),
	[CurrentRetainAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCM_CurrentRetainAmt] DEFAULT ((0)),
	[InBatchMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[SIRegion] [varchar](6) NULL,
	[SIMetric] [dbo].[bYN] NULL CONSTRAINT [DF_bJCCM_SIMetric] DEFAULT ('N'),
	[ProcessGroup] [varchar](10) NULL,
	[BillAddress] [varchar](60) NULL,
	[BillAddress2] [varchar](60) NULL,
	[BillCity] [varchar](30) NULL,
	[BillState] [varchar](4) NULL,
	[BillZip] [dbo].[bZip] NULL,
	[BillNotes] [varchar](max) NULL,
	[BillOnCompletionYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCM_BillOnCompletionYN] DEFAULT ('N'),
	[CustomerReference] [dbo].[bDesc] NULL,
	[CompleteYN] [dbo].[bYN] NOT NULL,
	[RoundOpt] [char](1) NOT NULL CONSTRAINT [DF_bJCCM_RoundOpt] DEFAULT ('N'),
	[ReportRetgItemYN] [dbo].[bYN] NOT NULL,
	[ProgressFormat] [dbo].[bDesc] NULL,
	[TMFormat] [dbo].[bDesc] NULL,
	[BillGroup] [varchar](5) NULL,
	[BillDayOfMth] [varchar](20) NULL,
	[ArchitectName] [dbo].[bDesc] NULL,
	[ArchitectProject] [dbo].[bDesc] NULL,
	[ContractForDesc] [dbo].[bDesc] NULL,
	[StartDate] [dbo].[bDate] NULL,
	[JBTemplate] [varchar](10) NULL,
	[JBFlatBillingAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCM_JBFlatBillingAmt] DEFAULT ((0)),
	[JBLimitOpt] [char](1) NOT NULL CONSTRAINT [DF_bJCCM_JBLimitOpt] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[RecType] [tinyint] NULL,
	[OverProjNotes] [varchar](8000) NULL CONSTRAINT [DF_bJCCM_OverProjNotes] DEFAULT (NULL),
	[ClosePurgeFlag] [dbo].[bYN] NULL CONSTRAINT [DF_bJCCM_ClosePurgeFlag] DEFAULT ('N'),
	[MiscDistCode] [char](10) NULL,
	[SecurityGroup] [int] NULL,
	[UpdateJCCI] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCM_UpdateJCCI] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BillCountry] [char](2) NULL,
	[PotentialProject] [varchar](20) NULL,
	[MaxRetgOpt] [char](1) NOT NULL CONSTRAINT [DF_bJCCM_MaxRetgOpt] DEFAULT ('N'),
	[MaxRetgPct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_bJCCM_MaxRetgPct] DEFAULT ((0.0000)),
	[MaxRetgAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCCM_MaxRetgAmt] DEFAULT ((0.00)),
	[InclACOinMaxYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCM_InclACOinMaxYN] DEFAULT ('Y'),
	[MaxRetgDistStyle] [char](1) NOT NULL CONSTRAINT [DF_bJCCM_MaxRetgDistStyle] DEFAULT ('C')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCCM] ON [dbo].[bJCCM] ([JCCo] ASC, [Contract] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCCM] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdCurrentMonth]', N'[dbo].[bJCCM].[StartMonth]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCM].[TaxInterface]'
GO
EXEC sp_bindrule N'[dbo].[brBillType]', N'[dbo].[bJCCM].[DefaultBillType]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCM].[SIMetric]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCM].[BillOnCompletionYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCM].[CompleteYN]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJCCM].[CompleteYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCM].[ReportRetgItemYN]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJCCM].[ReportRetgItemYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCM].[ClosePurgeFlag]'
GO
