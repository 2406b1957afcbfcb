SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPFT](
	[APCo] [dbo].[bCompany] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[YEMO] [dbo].[bMonth] NOT NULL,
	[V1099Type] [varchar](10) NOT NULL,
	[Box1Amt] [dbo].[bDollar] NOT NULL,
	[Box2Amt] [dbo].[bDollar] NOT NULL,
	[Box3Amt] [dbo].[bDollar] NOT NULL,
	[Box4Amt] [dbo].[bDollar] NOT NULL,
	[Box5Amt] [dbo].[bDollar] NOT NULL,
	[Box6Amt] [dbo].[bDollar] NOT NULL,
	[Box7Amt] [dbo].[bDollar] NOT NULL,
	[Box8Amt] [dbo].[bDollar] NOT NULL,
	[Box9Amt] [dbo].[bDollar] NOT NULL,
	[Box10Amt] [dbo].[bDollar] NOT NULL,
	[Box11Amt] [dbo].[bDollar] NOT NULL,
	[Box12Amt] [dbo].[bDollar] NOT NULL,
	[Box13Amt] [dbo].[bDollar] NOT NULL,
	[AuditYN] [dbo].[bYN] NOT NULL,
	[Box14Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPFT_Box14Amt] DEFAULT ((0)),
	[Box15Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPFT_Box15Amt] DEFAULT ((0)),
	[Box16Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPFT_Box16Amt] DEFAULT ((0)),
	[Box17Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPFT_Box17Amt] DEFAULT ((0)),
	[Box18Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPFT_Box18Amt] DEFAULT ((0)),
	[OtherData] [varchar](60) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[DIVBox7FC] [varchar](30) NULL,
	[ICRptDate] [dbo].[bDate] NULL,
	[TIN2] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPFT_TIN2] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CorrectedErrorType] [tinyint] NULL,
	[OldVendorName] [varchar](60) NULL,
	[OldVendorAddr] [varchar](60) NULL,
	[OldVendorCity] [varchar](30) NULL,
	[OldVendorState] [varchar](4) NULL,
	[OldVendorZip] [dbo].[bZip] NULL,
	[OldVendorTaxId] [varchar](20) NULL,
	[CorrectedFilingYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPFT_CorrectedFilingYN] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPFT] ON [dbo].[bAPFT] ([APCo] ASC, [YEMO] ASC, [VendorGroup] ASC, [Vendor] ASC, [V1099Type] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPFT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPFT].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPFT].[TIN2]'
GO
