SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPREC](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Method] [char](1) NOT NULL,
	[Factor] [dbo].[bRate] NOT NULL,
	[SubjToAddOns] [dbo].[bYN] NOT NULL,
	[CertRpt] [dbo].[bYN] NOT NULL,
	[TrueEarns] [dbo].[bYN] NOT NULL,
	[OTCalcs] [dbo].[bYN] NOT NULL,
	[EarnType] [dbo].[bEarnType] NOT NULL,
	[JCCostType] [dbo].[bJCCType] NOT NULL,
	[Notes] [varchar](max) NULL,
	[StandardLimit] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPREC_StandardLimit] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SubjToAutoEarns] [dbo].[bYN] NOT NULL,
	[LimitType] [varchar](1) NULL,
	[AutoAP] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREC_AutoAP] DEFAULT ('N'),
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[TransByEmployee] [dbo].[bYN] NULL,
	[PayType] [tinyint] NULL,
	[Frequency] [dbo].[bFreq] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[IncldLiabDist] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREC_IncldLiabDist] DEFAULT ('Y'),
	[IncldSalaryDist] [char](1) NOT NULL CONSTRAINT [DF_bPREC_IncldSalaryDist] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Routine] [varchar](10) NULL,
	[IncldRemoteTC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREC_IncldRemoteTC] DEFAULT ('N'),
	[ATOCategory] [varchar](4) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPREC] ON [dbo].[bPREC] ([PRCo] ASC, [EarnCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPREC] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[SubjToAddOns]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[CertRpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[TrueEarns]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[OTCalcs]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPREC].[OTCalcs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[SubjToAutoEarns]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[AutoAP]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[TransByEmployee]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREC].[IncldLiabDist]'
GO
