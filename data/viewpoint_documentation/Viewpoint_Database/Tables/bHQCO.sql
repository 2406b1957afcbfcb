SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQCO](
	[HQCo] [dbo].[bCompany] NOT NULL,
	[Name] [varchar](60) NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Address2] [varchar](60) NULL,
	[FedTaxId] [varchar](20) NULL,
	[Phone] [dbo].[bPhone] NULL,
	[Fax] [dbo].[bPhone] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditTax] [dbo].[bYN] NOT NULL,
	[AuditMatl] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ShopGroup] [dbo].[bGroup] NULL,
	[STEmpId] [varchar](30) NULL,
	[MenuImage] [varchar](256) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL,
	[DefaultCountry] [char](2) NOT NULL,
	[ReportDateFormat] [tinyint] NOT NULL CONSTRAINT [DF_bHQCO_ReportDateFormat] DEFAULT ((1)),
	[ContactGroup] [dbo].[bGroup] NULL,
	[AuditContact] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQCO_AuditContact] DEFAULT ('N'),
	[DFId] [int] NULL,
	[CurrencyID] [int] NULL,
	[MaskId] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQCO] ON [dbo].[bHQCO] ([HQCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQCO] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bHQCO] WITH CHECK ADD CONSTRAINT [FK_bHQCO_vCurrency_CurrencyID] FOREIGN KEY([CurrencyID]) REFERENCES [dbo].[vCurrency] ([CurrencyID])
GO
ALTER TABLE [dbo].[bHQCO] WITH CHECK ADD CONSTRAINT [FK_bHQCO_vDateFormat_DFId] FOREIGN KEY([DFId]) REFERENCES [dbo].[vDateFormat] ([DFId])
GO
ALTER TABLE [dbo].[bHQCO] WITH CHECK ADD CONSTRAINT [FK_bHQCO_vNumericMaskDetails_MaskId] FOREIGN KEY([MaskId]) REFERENCES [dbo].[vNumericMaskDetails] ([MaskId])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQCO].[AuditTax]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQCO].[AuditMatl]'
GO
