SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPTD](
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APLine] [smallint] NOT NULL,
	[APSeq] [tinyint] NOT NULL,
	[PayType] [tinyint] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[DiscOffer] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[DueDate] [dbo].[bDate] NOT NULL,
	[Status] [tinyint] NOT NULL,
	[PaidMth] [dbo].[bMonth] NULL,
	[PaidDate] [dbo].[bDate] NULL,
	[CMCo] [dbo].[bCompany] NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[PayMethod] [char](1) NULL,
	[CMRef] [dbo].[bCMRef] NULL,
	[CMRefSeq] [tinyint] NULL,
	[EFTSeq] [smallint] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[PayCategory] [int] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[GSTtaxAmt] [dbo].[bDollar] NULL,
	[TotTaxAmount] [dbo].[bDollar] NULL,
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPTD_AuditYN] DEFAULT ('Y'),
	[OldGSTtaxAmt] [dbo].[bDollar] NULL CONSTRAINT [DF_bAPTD_OldGSTtaxAmt] DEFAULT ((0)),
	[ExpenseGST] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPTD_ExpenseGST] DEFAULT ('N'),
	[PSTtaxAmt] [dbo].[bDollar] NULL,
	[OldPSTtaxAmt] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPTD] ON [dbo].[bAPTD] ([APCo] ASC, [Mth] ASC, [APTrans] ASC, [APLine] ASC, [APSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPTDCMRef] ON [dbo].[bAPTD] ([CMRef] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPTD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPTD].[CMAcct]'
GO
