SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRWH](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[EIN] [char](9) NOT NULL,
	[Resub] [tinyint] NOT NULL,
	[ResubTLCN] [varchar](6) NULL,
	[CoName] [varchar](57) NULL,
	[LocAddress] [varchar](22) NULL,
	[DelAddress] [varchar](40) NULL,
	[City] [varchar](22) NULL,
	[State] [varchar](4) NULL,
	[Zip] [varchar](5) NULL,
	[ZipExt] [varchar](4) NULL,
	[Contact] [varchar](27) NULL,
	[Phone] [varchar](15) NULL,
	[PhoneExt] [varchar](5) NULL,
	[EMail] [varchar](40) NULL,
	[Fax] [varchar](10) NULL,
	[PensionPlan] [char](1) NOT NULL,
	[Misc1Desc] [varchar](20) NULL,
	[Misc1EDLType] [char](1) NULL,
	[Misc1EDLCode] [dbo].[bEDLCode] NULL,
	[Misc2Desc] [varchar](20) NULL,
	[Misc2EDLType] [char](1) NULL,
	[Misc2EDLCode] [dbo].[bEDLCode] NULL,
	[PIN] [varchar](17) NULL,
	[SickPayFlag] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRWH_SickPayFlag] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Misc3Desc] [varchar](20) NULL,
	[Misc3EDLType] [char](1) NULL,
	[Misc3EDLCode] [dbo].[bEDLCode] NULL,
	[Misc4Desc] [varchar](20) NULL,
	[Misc4EDLType] [char](1) NULL,
	[Misc4EDLCode] [dbo].[bEDLCode] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[RepTitle] [varchar](30) NULL,
	[TaxWithheldAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_TaxWithheldAmt] DEFAULT ((0)),
	[W2TaxAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_W2TaxAmt] DEFAULT ((0)),
	[TaxCredits] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_TaxCredits] DEFAULT ((0)),
	[TotalTaxDue] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_TotalTaxDue] DEFAULT ((0)),
	[BalanceDue] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_BalanceDue] DEFAULT ((0)),
	[Overpay] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_Overpay] DEFAULT ((0)),
	[OverpayCredit] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_OverpayCredit] DEFAULT ((0)),
	[OverpayRefund] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_OverpayRefund] DEFAULT ((0)),
	[GrossPayroll] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_GrossPayroll] DEFAULT ((0)),
	[StatePickup] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWH_StatePickup] DEFAULT ((0))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRWH] ON [dbo].[bPRWH] ([PRCo] ASC, [TaxYear] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRWH] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRWH].[SickPayFlag]'
GO
