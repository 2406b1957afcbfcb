SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRED](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[EmplBased] [dbo].[bYN] NOT NULL,
	[Frequency] [dbo].[bFreq] NULL,
	[ProcessSeq] [tinyint] NULL,
	[FileStatus] [char](1) NULL,
	[RegExempts] [tinyint] NULL,
	[AddExempts] [tinyint] NULL,
	[OverMiscAmt] [dbo].[bYN] NOT NULL,
	[MiscAmt] [dbo].[bDollar] NOT NULL,
	[MiscFactor] [dbo].[bRate] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[APDesc] [dbo].[bDesc] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[OverGLAcct] [dbo].[bGLAcct] NULL,
	[OverCalcs] [char](1) NOT NULL,
	[RateAmt] [dbo].[bUnitCost] NULL,
	[OverLimit] [dbo].[bYN] NOT NULL,
	[Limit] [dbo].[bDollar] NULL,
	[NetPayOpt] [char](1) NOT NULL,
	[MinNetPay] [dbo].[bDollar] NULL,
	[AddonType] [char](1) NOT NULL,
	[AddonRateAmt] [dbo].[bUnitCost] NULL,
	[Notes] [varchar](max) NULL,
	[CSCaseId] [varchar](20) NULL,
	[CSFipsCode] [varchar](10) NULL,
	[CSMedCov] [dbo].[bYN] NULL CONSTRAINT [DF_bPRED_CSMedCov] DEFAULT ('N'),
	[EICStatus] [char](1) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[LimitRate] [dbo].[bRate] NULL,
	[CSAllocYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRED_CSAllocYN] DEFAULT ('N'),
	[CSAllocGroup] [tinyint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MiscAmt2] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRED_MiscAmt2] DEFAULT ((0.00)),
	[MembershipNumber] [varchar](60) NULL,
	[LifeToDateArrears] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRED_LifeToDateArrears] DEFAULT ((0.00)),
	[LifeToDatePayback] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRED_LifeToDatePayback] DEFAULT ((0.00)),
	[EligibleForArrearsCalc] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRED_EligibleForArrearsCalc] DEFAULT ('N'),
	[OverrideStdArrearsThreshold] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRED_OverrideStdArrearsThreshold] DEFAULT ('N'),
	[RptArrearsThresholdOverride] [char](1) NOT NULL CONSTRAINT [DF_bPRED_RptArrearsThresholdOverride] DEFAULT ('F'),
	[ThresholdFactorOverride] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bPRED_ThresholdFactorOverride] DEFAULT ((0.000000)),
	[ThresholdAmountOverride] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRED_ThresholdAmountOverride] DEFAULT ((0.00)),
	[OverrideStdPaybackSettings] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRED_OverrideStdPaybackSettings] DEFAULT ('N'),
	[PaybackPerPayPeriodOverride] [char](1) NOT NULL CONSTRAINT [DF_bPRED_PaybackPerPayPeriodOverride] DEFAULT ('F'),
	[PaybackFactorOverride] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bPRED_PaybackFactorOverride] DEFAULT ((0.000000)),
	[PaybackAmountOverride] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRED_PaybackAmountOverride] DEFAULT ((0.00))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRED] ON [dbo].[bPRED] ([PRCo] ASC, [Employee] ASC, [DLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRED] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRED].[EmplBased]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRED].[OverMiscAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRED].[RateAmt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRED].[OverLimit]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRED].[CSMedCov]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRED].[CSAllocYN]'
GO
