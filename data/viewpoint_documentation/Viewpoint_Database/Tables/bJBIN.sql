SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBIN](
	[JBCo] [dbo].[bCompany] NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Invoice] [varchar](10) NULL,
	[Contract] [dbo].[bContract] NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[Customer] [dbo].[bCustomer] NOT NULL,
	[InvStatus] [char](1) NOT NULL,
	[Application] [smallint] NULL,
	[ProcessGroup] [varchar](20) NULL,
	[RestrictBillGroupYN] [dbo].[bYN] NOT NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[RecType] [tinyint] NOT NULL,
	[DueDate] [dbo].[bDate] NOT NULL,
	[InvDate] [dbo].[bDate] NOT NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[DiscDate] [dbo].[bDate] NULL,
	[FromDate] [dbo].[bDate] NULL,
	[ToDate] [dbo].[bDate] NULL,
	[BillAddress] [varchar](60) NULL,
	[BillAddress2] [varchar](60) NULL,
	[BillCity] [varchar](30) NULL,
	[BillState] [varchar](4) NULL,
	[BillZip] [dbo].[bZip] NULL,
	[ARTrans] [dbo].[bTrans] NULL,
	[InvTotal] [dbo].[bDollar] NOT NULL,
	[InvRetg] [dbo].[bDollar] NOT NULL,
	[RetgRel] [dbo].[bDollar] NOT NULL,
	[InvDisc] [dbo].[bDollar] NOT NULL,
	[TaxBasis] [dbo].[bDollar] NOT NULL,
	[InvTax] [dbo].[bDollar] NOT NULL,
	[InvDue] [dbo].[bDollar] NOT NULL,
	[PrevAmt] [dbo].[bDollar] NOT NULL,
	[PrevRetg] [dbo].[bDollar] NOT NULL,
	[PrevRRel] [dbo].[bDollar] NOT NULL,
	[PrevTax] [dbo].[bDollar] NOT NULL,
	[PrevDue] [dbo].[bDollar] NOT NULL,
	[ARRelRetgTran] [dbo].[bTrans] NULL,
	[ARRelRetgCrTran] [dbo].[bTrans] NULL,
	[ARGLCo] [dbo].[bCompany] NOT NULL,
	[JCGLCo] [dbo].[bCompany] NOT NULL,
	[CurrContract] [dbo].[bDollar] NOT NULL,
	[PrevWC] [dbo].[bDollar] NOT NULL,
	[WC] [dbo].[bDollar] NOT NULL,
	[PrevSM] [dbo].[bDollar] NOT NULL,
	[Installed] [dbo].[bDollar] NOT NULL,
	[Purchased] [dbo].[bDollar] NOT NULL,
	[SM] [dbo].[bDollar] NOT NULL,
	[SMRetg] [dbo].[bDollar] NOT NULL,
	[PrevSMRetg] [dbo].[bDollar] NOT NULL,
	[PrevWCRetg] [dbo].[bDollar] NOT NULL,
	[WCRetg] [dbo].[bDollar] NOT NULL,
	[PrevChgOrderAdds] [dbo].[bDollar] NOT NULL,
	[PrevChgOrderDeds] [dbo].[bDollar] NOT NULL,
	[ChgOrderAmt] [dbo].[bDollar] NOT NULL,
	[AutoInitYN] [dbo].[bYN] NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[Notes] [varchar](max) NULL,
	[BillOnCompleteYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIN_BillOnCompleteYN] DEFAULT ('N'),
	[BillType] [char](1) NOT NULL CONSTRAINT [DF_bJBIN_BillType] DEFAULT ('P'),
	[Template] [varchar](10) NULL,
	[CustomerReference] [dbo].[bDesc] NULL,
	[CustomerJob] [dbo].[bDesc] NULL,
	[ACOThruDate] [dbo].[bDate] NULL,
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIN_Purge] DEFAULT ('N'),
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIN_AuditYN] DEFAULT ('Y'),
	[OverrideGLRevAcctYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIN_OverrideGLRevAcctYN] DEFAULT ('N'),
	[OverrideGLRevAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[RevRelRetgYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIN_RevRelRetgYN] DEFAULT ('N'),
	[InvDescription] [dbo].[bDesc] NULL,
	[TMUpdateAddonYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIN_TMUpdateAddonYN] DEFAULT ('Y'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BillCountry] [char](2) NULL,
	[RetgTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIN_RetgTax] DEFAULT ((0.00)),
	[PrevRetgTax] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIN_PrevRetgTax] DEFAULT ((0.00)),
	[RetgTaxRel] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIN_RetgTaxRel] DEFAULT ((0.00)),
	[PrevRetgTaxRel] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIN_PrevRetgTaxRel] DEFAULT ((0.00)),
	[CertifiedDate] [dbo].[bDate] NULL,
	[AmtClaimed] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJBIN_AmtClaimed] DEFAULT ((0.00)),
	[ClaimDate] [dbo].[bDate] NULL,
	[Certified] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIN_Certified] DEFAULT ('N'),
	[CreatedBy] [dbo].[bVPUserName] NULL,
	[CreatedDate] [dbo].[bDate] NULL,
	[InitOption] [char](1) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bJBIN] ADD CONSTRAINT [PK_bJBIN] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biJBIN] ON [dbo].[bJBIN] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bJBIN_Contract] ON [dbo].[bJBIN] ([Contract] ASC, [BillMonth] ASC, [BillNumber] ASC, [JBCo] ASC)
GO
CREATE NONCLUSTERED INDEX [biJBINInvoice] ON [dbo].[bJBIN] ([JBCo] ASC, [Invoice] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[RestrictBillGroupYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[AutoInitYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[BillOnCompleteYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[OverrideGLRevAcctYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[RevRelRetgYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIN].[TMUpdateAddonYN]'
GO
