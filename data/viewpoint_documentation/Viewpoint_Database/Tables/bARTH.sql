SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARTH](
	[ARCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[ARTrans] [dbo].[bTrans] NOT NULL,
	[ARTransType] [char](1) NOT NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[CustRef] [varchar](20) NULL,
	[CustPO] [varchar](20) NULL,
	[RecType] [tinyint] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Contract] [dbo].[bContract] NULL,
	[Invoice] [varchar](10) NULL,
	[CheckNo] [varchar](10) NULL,
	[Source] [char](10) NOT NULL,
	[MSCo] [dbo].[bCompany] NULL,
	[TransDate] [dbo].[bDate] NOT NULL,
	[DueDate] [dbo].[bDate] NULL,
	[DiscDate] [dbo].[bDate] NULL,
	[CheckDate] [dbo].[bDate] NULL,
	[Description] [dbo].[bDesc] NULL,
	[CMCo] [dbo].[bCompany] NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[CMDeposit] [dbo].[bCMRef] NULL,
	[CreditAmt] [dbo].[bDollar] NOT NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[AppliedMth] [dbo].[bMonth] NULL,
	[AppliedTrans] [dbo].[bTrans] NULL,
	[Invoiced] [dbo].[bDollar] NOT NULL,
	[Paid] [dbo].[bDollar] NOT NULL,
	[Retainage] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[AmountDue] [dbo].[bDollar] NOT NULL,
	[PayFullDate] [dbo].[bDate] NULL,
	[PurgeFlag] [dbo].[bYN] NOT NULL,
	[EditTrans] [dbo].[bYN] NOT NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[InUseBatchID] [dbo].[bBatchID] NULL,
	[Notes] [varchar](max) NULL,
	[ReasonCode] [dbo].[bReasonCode] NULL,
	[ExcludeFC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARTH_ExcludeFC] DEFAULT ('N'),
	[FinanceChg] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bARTH_FinanceChg] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARTH] ON [dbo].[bARTH] ([ARCo] ASC, [Mth] ASC, [ARTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biARTHApplied] ON [dbo].[bARTH] ([ARCo] ASC, [AppliedMth] ASC, [AppliedTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biARTHTrans] ON [dbo].[bARTH] ([ARCo] ASC, [ARTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biARTHCustomer] ON [dbo].[bARTH] ([ARCo] ASC, [CustGroup] ASC, [Customer] ASC)
GO
CREATE NONCLUSTERED INDEX [biARTHInvoice] ON [dbo].[bARTH] ([ARCo] ASC, [Invoice] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARTH] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biARTHudARTOPCID] ON [dbo].[bARTH] ([udARTOPCID] ASC)
GO
CREATE NONCLUSTERED INDEX [biARTHudPAYARTOPCID] ON [dbo].[bARTH] ([udPAYARTOPCID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brARTransType]', N'[dbo].[bARTH].[ARTransType]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bARTH].[CMAcct]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTH].[CreditAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTH].[Invoiced]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTH].[Paid]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTH].[Retainage]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTH].[DiscTaken]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARTH].[AmountDue]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARTH].[PurgeFlag]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bARTH].[PurgeFlag]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARTH].[EditTrans]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARTH].[ExcludeFC]'
GO
