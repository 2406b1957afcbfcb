SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRWE](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[SSN] [varchar](9) NOT NULL,
	[FirstName] [varchar](30) NULL,
	[MidName] [varchar](15) NULL,
	[LastName] [varchar](30) NULL,
	[Suffix] [varchar](4) NULL,
	[LocAddress] [varchar](22) NULL,
	[DelAddress] [varchar](40) NULL,
	[City] [varchar](22) NULL,
	[State] [varchar](4) NULL,
	[Zip] [varchar](5) NULL,
	[ZipExt] [varchar](4) NULL,
	[TaxState] [varchar](4) NULL,
	[Statutory] [tinyint] NOT NULL,
	[Deceased] [tinyint] NOT NULL,
	[PensionPlan] [tinyint] NOT NULL,
	[LegalRep] [tinyint] NOT NULL,
	[DeferredComp] [tinyint] NOT NULL,
	[CivilStatus] [varchar](1) NULL,
	[SpouseSSN] [varchar](9) NULL,
	[Misc1Amt] [dbo].[bDollar] NOT NULL,
	[Misc2Amt] [dbo].[bDollar] NOT NULL,
	[SUIWages] [dbo].[bDollar] NULL CONSTRAINT [DF_bPRWE_SUIWages] DEFAULT ((0)),
	[SUITaxableWages] [dbo].[bDollar] NULL CONSTRAINT [DF_bPRWE_SUITaxableWages] DEFAULT ((0)),
	[WeeksWorked] [int] NULL CONSTRAINT [DF_bPRWE_WeeksWorked] DEFAULT ((0)),
	[ThirdPartySickPay] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRWE_ThirdPartySickPay] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Misc3Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWE_Misc3Amt] DEFAULT ((0)),
	[Misc4Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWE_Misc4Amt] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRWE] ON [dbo].[bPRWE] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRWE] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRWE].[Misc1Amt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRWE].[Misc2Amt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRWE].[ThirdPartySickPay]'
GO
