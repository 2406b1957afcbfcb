SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPTH](
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[InvId] [char](10) NULL,
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
	[PrePaidProcYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPTH_PrePaidProcYN] DEFAULT ('N'),
	[V1099YN] [dbo].[bYN] NOT NULL,
	[V1099Type] [varchar](10) NULL,
	[V1099Box] [tinyint] NULL,
	[PayOverrideYN] [dbo].[bYN] NOT NULL,
	[PayName] [varchar](60) NULL,
	[PayAddress] [varchar](60) NULL,
	[PayCity] [varchar](30) NULL,
	[PayState] [varchar](4) NULL,
	[PayZip] [dbo].[bZip] NULL,
	[OpenYN] [dbo].[bYN] NOT NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[InPayControl] [dbo].[bYN] NOT NULL,
	[PayAddInfo] [varchar](60) NULL,
	[DocName] [varchar](128) NULL,
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
	[SeparatePayYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPTH_SeparatePayYN] DEFAULT ('N'),
	[ChkRev] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPTH_ChkRev] DEFAULT ('N'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AddressSeq] [tinyint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PayCountry] [char](2) NULL,
	[SLKeyID] [bigint] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPTH] ON [dbo].[bAPTH] ([APCo] ASC, [Mth] ASC, [APTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPTHOpen] ON [dbo].[bAPTH] ([APCo] ASC, [Mth] ASC, [OpenYN] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPTHPrePaidForCheckPrint] ON [dbo].[bAPTH] ([APCo] ASC, [PrePaidMth] ASC, [PrePaidChk] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPTH] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPTH_SLKeyID] ON [dbo].[bAPTH] ([SLKeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPTHAttach] ON [dbo].[bAPTH] ([UniqueAttchID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPTH].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[PrePaidYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[PrePaidProcYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[V1099YN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[PayOverrideYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[OpenYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[InPayControl]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[SeparatePayYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPTH].[ChkRev]'
GO
