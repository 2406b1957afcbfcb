SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPHB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[Description] [dbo].[bDesc] NULL,
	[InvDate] [dbo].[bDate] NOT NULL,
	[DiscDate] [dbo].[bDate] NULL,
	[DueDate] [dbo].[bDate] NOT NULL,
	[InvTotal] [dbo].[bDollar] NOT NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[PayControl] [varchar](10) NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[PrePaidYN] [dbo].[bYN] NOT NULL,
	[PrePaidMth] [dbo].[bMonth] NULL,
	[PrePaidDate] [dbo].[bDate] NULL,
	[PrePaidChk] [dbo].[bCMRef] NULL,
	[PrePaidSeq] [tinyint] NULL,
	[PrePaidProcYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPHB_PrePaidProcYN] DEFAULT ('N'),
	[V1099YN] [dbo].[bYN] NOT NULL,
	[V1099Type] [varchar](10) NULL,
	[V1099Box] [tinyint] NULL,
	[PayOverrideYN] [dbo].[bYN] NOT NULL,
	[PayName] [varchar](60) NULL,
	[PayAddress] [varchar](60) NULL,
	[PayCity] [varchar](30) NULL,
	[PayState] [varchar](4) NULL,
	[PayZip] [dbo].[bZip] NULL,
	[InvId] [char](10) NULL,
	[UIMth] [dbo].[bMonth] NULL,
	[UISeq] [smallint] NULL,
	[OldVendorGroup] [dbo].[bGroup] NULL,
	[OldVendor] [dbo].[bVendor] NULL,
	[OldAPRef] [dbo].[bAPReference] NULL,
	[OldDesc] [dbo].[bDesc] NULL,
	[OldInvDate] [dbo].[bDate] NULL,
	[OldDiscDate] [dbo].[bDate] NULL,
	[OldDueDate] [dbo].[bDate] NULL,
	[OldInvTotal] [dbo].[bDollar] NULL,
	[OldHoldCode] [dbo].[bHoldCode] NULL,
	[OldPayControl] [varchar](10) NULL,
	[OldPayMethod] [char](1) NULL,
	[OldCMCo] [dbo].[bCompany] NULL,
	[OldCMAcct] [dbo].[bCMAcct] NULL,
	[OldPrePaidYN] [dbo].[bYN] NULL,
	[OldPrePaidMth] [dbo].[bMonth] NULL,
	[OldPrePaidDate] [dbo].[bDate] NULL,
	[OldPrePaidChk] [dbo].[bCMRef] NULL,
	[OldPrePaidSeq] [tinyint] NULL,
	[OldPrePaidProcYN] [dbo].[bYN] NULL,
	[Old1099YN] [dbo].[bYN] NULL,
	[Old1099Type] [varchar](10) NULL,
	[Old1099Box] [tinyint] NULL,
	[OldPayOverrideYN] [dbo].[bYN] NULL,
	[OldPayName] [varchar](60) NULL,
	[OldPayAddress] [varchar](60) NULL,
	[OldPayCity] [varchar](30) NULL,
	[OldPayState] [varchar](4) NULL,
	[OldPayZip] [dbo].[bZip] NULL,
	[PayAddInfo] [varchar](60) NULL,
	[OldPayAddInfo] [varchar](60) NULL,
	[DocName] [varchar](128) NULL,
	[OldDocName] [varchar](128) NULL,
	[MSCo] [dbo].[bCompany] NULL,
	[MSInv] [varchar](10) NULL,
	[AddendaTypeId] [tinyint] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[DLcode] [dbo].[bEDLCode] NULL,
	[TaxFormCode] [varchar](10) NULL,
	[TaxPeriodEndDate] [dbo].[bDate] NULL,
	[AmountType] [varchar](10) NULL,
	[Amount] [dbo].[bDollar] NULL,
	[AmtType2] [varchar](10) NULL,
	[Amount2] [dbo].[bDollar] NULL,
	[AmtType3] [varchar](10) NULL,
	[Amount3] [dbo].[bDollar] NULL,
	[OldAddendaTypeId] [tinyint] NULL,
	[OldPRCo] [dbo].[bCompany] NULL,
	[OldEmployee] [dbo].[bEmployee] NULL,
	[OldDLcode] [dbo].[bEDLCode] NULL,
	[OldTaxFormCode] [varchar](10) NULL,
	[OldTaxPeriodEndDate] [dbo].[bDate] NULL,
	[OldAmountType] [varchar](10) NULL,
	[OldAmount] [dbo].[bDollar] NULL,
	[OldAmtType2] [varchar](10) NULL,
	[OldAmount2] [dbo].[bDollar] NULL,
	[OldAmtType3] [varchar](10) NULL,
	[OldAmount3] [dbo].[bDollar] NULL,
	[SeparatePayYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPHB_SeparatePayYN] DEFAULT ('N'),
	[OldSeparatePayYN] [dbo].[bYN] NULL,
	[ChkRev] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPHB_ChkRev] DEFAULT ('N'),
	[PaidYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPHB_PaidYN] DEFAULT ('N'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AddressSeq] [tinyint] NULL,
	[OldAddressSeq] [tinyint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SLKeyID] [bigint] NULL,
	[PayCountry] [char](2) NULL,
	[OldPayCountry] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPHB] ON [dbo].[bAPHB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPHB] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPHB_SLKeyID] ON [dbo].[bAPHB] ([SLKeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPHBVendor] ON [dbo].[bAPHB] ([Vendor] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPHB].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[PrePaidYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[PrePaidProcYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[V1099YN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[PayOverrideYN]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPHB].[OldCMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[OldPrePaidYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[OldPrePaidProcYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[Old1099YN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[OldPayOverrideYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[SeparatePayYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[OldSeparatePayYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[ChkRev]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPHB].[PaidYN]'
GO
