SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPVM](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[SortName] [dbo].[bSortName] NOT NULL,
	[Name] [varchar](60) NULL,
	[Type] [char](1) NOT NULL,
	[TempYN] [dbo].[bYN] NOT NULL,
	[Contact] [varchar](30) NULL,
	[Phone] [dbo].[bPhone] NULL,
	[Fax] [dbo].[bPhone] NULL,
	[EMail] [varchar](60) NULL,
	[URL] [varchar](60) NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Address2] [varchar](60) NULL,
	[POAddress] [varchar](60) NULL,
	[POCity] [varchar](30) NULL,
	[POState] [varchar](4) NULL,
	[POZip] [dbo].[bZip] NULL,
	[POAddress2] [varchar](60) NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[V1099YN] [dbo].[bYN] NOT NULL,
	[V1099Type] [varchar](10) NULL,
	[V1099Box] [tinyint] NULL,
	[TaxId] [varchar](12) NULL,
	[Prop] [varchar](30) NULL,
	[ActiveYN] [dbo].[bYN] NOT NULL,
	[EFT] [char](1) NOT NULL,
	[RoutingId] [varchar](34) NULL,
	[BankAcct] [varchar](35) NULL,
	[AcctType] [varchar](1) NULL,
	[LastInvDate] [dbo].[bDate] NULL,
	[AuditYN] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[AddnlInfo] [varchar](60) NULL,
	[AddendaTypeId] [tinyint] NULL,
	[Reviewer] [varchar](3) NULL,
	[SeparatePayInvYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_SeparatePayInvYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[OverrideMinAmtYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_OverrideMinAmtYN] DEFAULT ('N'),
	[MasterVendor] [dbo].[bVendor] NULL,
	[APRefUnqOvr] [tinyint] NOT NULL CONSTRAINT [DF_bAPVM_APRefUnqOvr] DEFAULT ((0)),
	[ICFirstName] [varchar](28) NULL,
	[ICMInitial] [varchar](1) NULL,
	[ICLastName] [varchar](40) NULL,
	[ICSocSecNbr] [varchar](9) NULL,
	[ICStreetNbr] [varchar](5) NULL,
	[ICStreetName] [varchar](40) NULL,
	[ICAptNbr] [varchar](4) NULL,
	[ICCity] [varchar](40) NULL,
	[ICState] [varchar](4) NULL,
	[ICZip] [dbo].[bZip] NULL,
	[ICLastRptDate] [dbo].[bDate] NULL,
	[UpdatePMYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_UpdatePMYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AddRevToAllLinesYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_AddRevToAllLinesYN] DEFAULT ('N'),
	[Country] [char](2) NULL,
	[POCountry] [char](2) NULL,
	[ICCountry] [char](2) NULL,
	[AUVendorEFTYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_AUVendorEFTYN] DEFAULT ('N'),
	[AUVendorAccountNumber] [varchar](9) NULL,
	[AUVendorBSB] [varchar](6) NULL,
	[AUVendorReference] [varchar](18) NULL,
	[IATYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_IATYN] DEFAULT ('N'),
	[ISODestinationCountryCode] [varchar](2) NULL,
	[RDFIBankName] [varchar](35) NULL,
	[BranchCountryCode] [varchar](3) NULL,
	[RDFIIdentNbrQualifier] [varchar](2) NULL,
	[GatewayOperatorRDFIIdent] [varchar](8) NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[PayInfoDelivMthd] [char](1) NULL CONSTRAINT [DF_bAPVM_PayInfoDelivMthd] DEFAULT ('N'),
	[T5FirstName] [varchar](12) NULL,
	[T5MiddleInit] [varchar](1) NULL,
	[T5LastName] [varchar](20) NULL,
	[T5SocInsNbr] [varchar](9) NULL,
	[T5BusinessNbr] [varchar](15) NULL,
	[T5BusTypeCode] [char](1) NULL,
	[T5PartnerFIN] [varchar](9) NULL,
	[AusBusNbr] [varchar](20) NULL,
	[AusCorpNbr] [varchar](20) NULL,
	[PayControl] [varchar](10) NULL,
	[CASubjToWC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_CASubjToWC] DEFAULT ('N'),
	[CAClearanceCert] [varchar](20) NULL,
	[CACertEffectiveDate] [dbo].[bDate] NULL,
	[V1099AddressSeq] [tinyint] NULL,
	[PayMethod] [char](1) NOT NULL CONSTRAINT [DF_bAPVM_PayMethod] DEFAULT ('C'),
	[SubjToOnCostYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPVM_SubjToOnCostYN] DEFAULT ('N'),
	[CSEmail] [varchar](60) NULL,
	[OnCostCostType] [dbo].[bJCCType] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPVM] ON [dbo].[bAPVM] ([VendorGroup] ASC, [Vendor] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPVM] ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biAPVMSortName] ON [dbo].[bAPVM] ([VendorGroup] ASC, [SortName] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[TempYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[V1099YN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[ActiveYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[SeparatePayInvYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[OverrideMinAmtYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVM].[UpdatePMYN]'
GO
