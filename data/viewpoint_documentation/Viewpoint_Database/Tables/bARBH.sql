SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARBH](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[TransType] [char](1) NOT NULL,
	[ARTrans] [dbo].[bTrans] NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[ARTransType] [char](1) NOT NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[RecType] [tinyint] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Contract] [dbo].[bContract] NULL,
	[CustRef] [varchar](20) NULL,
	[CustPO] [varchar](20) NULL,
	[Invoice] [char](10) NULL,
	[CheckNo] [char](10) NULL,
	[Description] [dbo].[bDesc] NULL,
	[MSCo] [dbo].[bCompany] NULL,
	[TransDate] [dbo].[bDate] NULL,
	[DueDate] [dbo].[bDate] NULL,
	[DiscDate] [dbo].[bDate] NULL,
	[CheckDate] [dbo].[bDate] NULL,
	[AppliedMth] [dbo].[bMonth] NULL,
	[AppliedTrans] [dbo].[bTrans] NULL,
	[CMCo] [dbo].[bCompany] NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[CMDeposit] [dbo].[bCMRef] NULL,
	[CreditAmt] [dbo].[bDollar] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[Notes] [varchar](max) NULL,
	[oldCustRef] [varchar](20) NULL,
	[oldCustPO] [varchar](20) NULL,
	[oldInvoice] [char](10) NULL,
	[oldCheckNo] [char](10) NULL,
	[oldDescription] [dbo].[bDesc] NULL,
	[oldMSCo] [dbo].[bCompany] NULL,
	[oldTransDate] [dbo].[bDate] NULL,
	[oldDueDate] [dbo].[bDate] NULL,
	[oldDiscDate] [dbo].[bDate] NULL,
	[oldCheckDate] [dbo].[bDate] NULL,
	[oldCMCo] [dbo].[bCompany] NULL,
	[oldCMAcct] [dbo].[bCMAcct] NULL,
	[oldCMDeposit] [dbo].[bCMRef] NULL,
	[oldCreditAmt] [dbo].[bDollar] NULL,
	[oldPayTerms] [dbo].[bPayTerms] NULL,
	[ReasonCode] [dbo].[bReasonCode] NULL,
	[oldReasonCode] [dbo].[bReasonCode] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[oldRecType] [tinyint] NULL,
	[oldJCCo] [dbo].[bCompany] NULL,
	[oldContract] [dbo].[bContract] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARBH] ON [dbo].[bARBH] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biARBHCustomer] ON [dbo].[bARBH] ([Co] ASC, [CustGroup] ASC, [Customer] ASC)
GO
CREATE NONCLUSTERED INDEX [biARBHInvoice] ON [dbo].[bARBH] ([Co] ASC, [Invoice] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARBH] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brARTransType]', N'[dbo].[bARBH].[ARTransType]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bARBH].[CMAcct]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARBH].[CreditAmt]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bARBH].[oldCMAcct]'
GO
