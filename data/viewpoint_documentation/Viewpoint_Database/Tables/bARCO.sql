SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARCO](
	[ARCo] [dbo].[bCompany] NOT NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[CMCo] [dbo].[bCompany] NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[CMInterface] [tinyint] NOT NULL,
	[CMSummaryDesc] [varchar](30) NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[JCInterface] [tinyint] NOT NULL,
	[FCLevel] [tinyint] NOT NULL,
	[FCCalcOnFC] [dbo].[bYN] NOT NULL,
	[FCPct] [dbo].[bPct] NOT NULL,
	[FCMinChrg] [dbo].[bDollar] NOT NULL,
	[FCMinBal] [dbo].[bDollar] NOT NULL,
	[FCFinOrServ] [char](1) NULL,
	[FCRecType] [tinyint] NULL,
	[GLInvLev] [tinyint] NULL,
	[InvoiceJrnl] [dbo].[bJrnl] NULL,
	[GLInvSummaryDesc] [varchar](60) NULL,
	[GLInvDetailDesc] [varchar](60) NULL,
	[GLPayLev] [tinyint] NULL,
	[PaymentJrnl] [dbo].[bJrnl] NULL,
	[GLPaySummaryDesc] [varchar](60) NULL,
	[GLPayDetailDesc] [varchar](60) NULL,
	[GLMiscCashLev] [tinyint] NULL,
	[MiscCashJrnl] [dbo].[bJrnl] NULL,
	[GLMiscSummaryDesc] [varchar](60) NULL,
	[GLMiscDetailDesc] [varchar](60) NULL,
	[InvAutoNum] [dbo].[bYN] NOT NULL,
	[InvLastNum] [varchar](10) NULL,
	[RecType] [tinyint] NULL,
	[RecTypeOpt] [dbo].[bYN] NOT NULL,
	[InvoiceTax] [dbo].[bYN] NOT NULL,
	[ReceiptTax] [dbo].[bYN] NOT NULL,
	[RelRetainOpt] [dbo].[bYN] NOT NULL,
	[DiscOpt] [char](1) NULL,
	[LastStmtDate] [dbo].[bDate] NULL,
	[AuditCompany] [dbo].[bYN] NOT NULL,
	[AuditCustomers] [dbo].[bYN] NOT NULL,
	[AuditRecType] [dbo].[bYN] NOT NULL,
	[AuditTrans] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[DiscTax] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCO_DiscTax] DEFAULT ('N'),
	[EMCo] [dbo].[bCompany] NULL,
	[EMInterface] [tinyint] NOT NULL CONSTRAINT [DF_bARCO_EMInterface] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCO_AuditYN] DEFAULT ('Y'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCO_AttachBatchReportsYN] DEFAULT ('N'),
	[TaxRetg] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCO_TaxRetg] DEFAULT ('Y'),
	[SeparateRetgTax] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCO_SeparateRetgTax] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARCO] ON [dbo].[bARCO] ([ARCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bARCO].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[FCCalcOnFC]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARCO].[FCPct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[InvAutoNum]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[RecTypeOpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[InvoiceTax]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[ReceiptTax]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[RelRetainOpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[AuditCompany]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[AuditCustomers]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[AuditRecType]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[AuditTrans]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[DiscTax]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCO].[AuditYN]'
GO
