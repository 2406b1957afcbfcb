SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDL](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[DLType] [char](1) NOT NULL,
	[LiabType] [dbo].[bLiabilityType] NULL,
	[Method] [varchar](10) NOT NULL,
	[Routine] [varchar](10) NULL,
	[DednCode] [dbo].[bEDLCode] NULL,
	[GarnGroup] [dbo].[bGroup] NULL,
	[RateAmt1] [dbo].[bUnitCost] NOT NULL,
	[RateAmt2] [dbo].[bUnitCost] NOT NULL,
	[SeqOneOnly] [dbo].[bYN] NOT NULL,
	[YTDCorrect] [dbo].[bYN] NOT NULL,
	[BonusOverride] [dbo].[bYN] NOT NULL,
	[BonusRate] [dbo].[bRate] NULL,
	[LimitBasis] [char](1) NOT NULL,
	[LimitAmt] [dbo].[bDollar] NOT NULL,
	[LimitPeriod] [char](1) NULL,
	[LimitCorrect] [dbo].[bYN] NULL,
	[AutoAP] [dbo].[bYN] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[TransByEmployee] [dbo].[bYN] NULL,
	[PayType] [tinyint] NULL,
	[Frequency] [dbo].[bFreq] NULL,
	[AccumSubjAmts] [dbo].[bYN] NOT NULL,
	[SelectPurge] [dbo].[bYN] NOT NULL,
	[DetOnCert] [dbo].[bYN] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[CalcCategory] [varchar](1) NOT NULL CONSTRAINT [DF_bPRDL_CalcCategory] DEFAULT ('A'),
	[FedType] [varchar](1) NULL,
	[RndToDollar] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRDL_RndToDollar] DEFAULT ('N'),
	[IncldW2] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRDL_IncldW2] DEFAULT ('N'),
	[W2State] [varchar](4) NULL,
	[W2Local] [dbo].[bLocalCode] NULL,
	[TaxType] [char](1) NULL,
	[LimitRate] [dbo].[bRate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PreTax] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRDL_PreTax] DEFAULT ('N'),
	[PreTaxGroup] [tinyint] NULL,
	[ATOCategory] [varchar](4) NULL,
	[SchemeID] [smallint] NULL,
	[PreTaxCatchUpYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRDL_PreTaxCatchUpYN] DEFAULT ('N'),
	[SubjToArrearsPayback] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRDL_SubjToArrearsPayback] DEFAULT ('N'),
	[RptArrearsThreshold] [char](1) NOT NULL CONSTRAINT [DF_bPRDL_RptArrearsThreshold] DEFAULT ('F'),
	[ThresholdFactor] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bPRDL_ThresholdFactor] DEFAULT ((0.0)),
	[ThresholdAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRDL_ThresholdAmount] DEFAULT ((0)),
	[PaybackPerPayPeriod] [char](1) NOT NULL CONSTRAINT [DF_bPRDL_PaybackPerPayPeriod] DEFAULT ('F'),
	[PaybackFactor] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bPRDL_PaybackFactor] DEFAULT ((0.0)),
	[PaybackAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRDL_PaybackAmount] DEFAULT ((0))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDL] ON [dbo].[bPRDL] ([PRCo] ASC, [DLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRDL] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPRDL] WITH CHECK ADD CONSTRAINT [FK_bPRDL_PRCo_PreTaxGroup] FOREIGN KEY([PRCo], [PreTaxGroup]) REFERENCES [dbo].[bPRDeductionGroup] ([PRCo], [DednGroup])
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDL].[RateAmt1]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDL].[RateAmt2]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[SeqOneOnly]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[YTDCorrect]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[BonusOverride]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[LimitCorrect]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[AutoAP]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[TransByEmployee]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[AccumSubjAmts]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[SelectPurge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[DetOnCert]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[RndToDollar]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDL].[IncldW2]'
GO
