SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARCM](
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[Customer] [dbo].[bCustomer] NOT NULL,
	[Name] [varchar](60) NULL,
	[SortName] [dbo].[bSortName] NOT NULL,
	[TempYN] [dbo].[bYN] NOT NULL,
	[Phone] [dbo].[bPhone] NULL,
	[Fax] [dbo].[bPhone] NULL,
	[EMail] [varchar](60) NULL,
	[URL] [varchar](60) NULL,
	[Contact] [varchar](30) NULL,
	[ContactExt] [varchar](10) NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Address2] [varchar](60) NULL,
	[BillAddress] [varchar](60) NULL,
	[BillCity] [varchar](30) NULL,
	[BillState] [varchar](4) NULL,
	[BillZip] [dbo].[bZip] NULL,
	[BillAddress2] [varchar](60) NULL,
	[Status] [char](1) NOT NULL,
	[RecType] [tinyint] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[CreditLimit] [dbo].[bDollar] NOT NULL,
	[SelPurge] [dbo].[bYN] NOT NULL,
	[StmntPrint] [dbo].[bYN] NOT NULL,
	[StmtType] [char](1) NOT NULL,
	[FCType] [char](1) NOT NULL,
	[FCPct] [dbo].[bPct] NOT NULL,
	[MarkupDiscPct] [dbo].[bRate] NOT NULL,
	[DateOpened] [dbo].[bDate] NULL,
	[MiscDistCode] [char](10) NULL,
	[Notes] [varchar](max) NULL,
	[PriceTemplate] [smallint] NULL,
	[DiscTemplate] [smallint] NULL,
	[HaulTaxOpt] [tinyint] NOT NULL CONSTRAINT [DF_bARCM_HaulTaxOpt] DEFAULT ((0)),
	[InvLvl] [tinyint] NOT NULL CONSTRAINT [DF_bARCM_InvLvl] DEFAULT ((0)),
	[BillFreq] [dbo].[bFreq] NULL,
	[MiscOnInv] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCM_MiscOnInv] DEFAULT ('N'),
	[MiscOnPay] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCM_MiscOnPay] DEFAULT ('N'),
	[PrintLvl] [tinyint] NOT NULL CONSTRAINT [DF_bARCM_PrintLvl] DEFAULT ((1)),
	[SubtotalLvl] [tinyint] NOT NULL CONSTRAINT [DF_bARCM_SubtotalLvl] DEFAULT ((1)),
	[SepHaul] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCM_SepHaul] DEFAULT ('Y'),
	[ExclContFromFC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bARCM_ExclContFromFC] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL,
	[BillCountry] [char](2) NULL,
	[ABN] [varchar](20) NULL,
	[ACN] [varchar](20) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARCM] ON [dbo].[bARCM] ([CustGroup] ASC, [Customer] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biARCMSortName] ON [dbo].[bARCM] ([CustGroup] ASC, [SortName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARCM] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCM].[TempYN]'
GO
EXEC sp_bindrule N'[dbo].[brARCustStatus]', N'[dbo].[bARCM].[Status]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARCM].[CreditLimit]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCM].[SelPurge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCM].[StmntPrint]'
GO
EXEC sp_bindrule N'[dbo].[brARStatementType]', N'[dbo].[bARCM].[StmtType]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARCM].[FCPct]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARCM].[MarkupDiscPct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCM].[MiscOnInv]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCM].[MiscOnPay]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCM].[SepHaul]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCM].[ExclContFromFC]'
GO
