SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLWIInvoices](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[Line] [smallint] NOT NULL,
	[UIMth] [dbo].[bMonth] NOT NULL,
	[UISeq] [smallint] NOT NULL,
	[APULKeyID] [bigint] NOT NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnits] NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[PayType] [tinyint] NULL,
	[GrossAmt] [dbo].[bDollar] NOT NULL,
	[MiscAmt] [dbo].[bDollar] NOT NULL,
	[MiscYN] [dbo].[bYN] NOT NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxBasis] [dbo].[bDollar] NOT NULL,
	[TaxAmt] [dbo].[bDollar] NOT NULL,
	[Retainage] [dbo].[bDollar] NOT NULL,
	[Discount] [dbo].[bDollar] NOT NULL,
	[PayCategory] [int] NULL,
	[InvOriginator] [dbo].[bVPUserName] NULL,
	[SLDetailKeyID] [bigint] NULL,
	[SLKeyID] [bigint] NULL,
	[SkipClearId] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vSLWIInvoices_SkipClearId] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [viKeyID] ON [dbo].[vSLWIInvoices] ([APULKeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [viSLWIInvoices] ON [dbo].[vSLWIInvoices] ([SLCo] ASC, [UIMth] ASC, [UISeq] ASC, [Line] ASC)
GO
