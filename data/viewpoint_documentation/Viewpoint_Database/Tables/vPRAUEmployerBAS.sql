SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerBAS](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Seq] [int] NOT NULL,
	[FormDueOn] [dbo].[bDate] NULL,
	[PaymentDueOn] [dbo].[bDate] NULL,
	[ContactPerson] [varchar](30) NULL,
	[ContactPhone] [dbo].[bPhone] NULL,
	[GSTMethod] [int] NULL,
	[Signature] [varchar](30) NULL,
	[ReportDate] [dbo].[bDate] NULL,
	[ReturnCompletedFormTo] [varchar](30) NULL,
	[Hours] [tinyint] NULL,
	[Min] [tinyint] NULL,
	[GSTStartDate] [dbo].[bMonth] NULL,
	[GSTEndDate] [dbo].[bMonth] NULL,
	[GSTOption] [tinyint] NULL,
	[G1IncludesGST] [dbo].[bYN] NOT NULL,
	[G21] [dbo].[bDollar] NULL,
	[G22] [dbo].[bDollar] NULL,
	[G23] [dbo].[bDollar] NULL,
	[G24ReasonCode] [tinyint] NULL,
	[PAYGWthStartDate] [dbo].[bMonth] NULL,
	[PAYGWthEndDate] [dbo].[bMonth] NULL,
	[PAYGWth4] [dbo].[bDollar] NULL,
	[PAYGWth3] [dbo].[bDollar] NULL,
	[PAYGITaxStartDate] [dbo].[bDate] NULL,
	[PAYGITaxEndDate] [dbo].[bDate] NULL,
	[PAYGITaxOption] [tinyint] NULL,
	[PAYGITaxT7] [dbo].[bDollar] NULL,
	[PAYGITaxT8] [dbo].[bDollar] NULL,
	[PAYGITaxT9] [dbo].[bDollar] NULL,
	[PAYGITaxT1] [dbo].[bDollar] NULL,
	[PAYGITaxT2] [dbo].[bPct] NULL,
	[PAYGITaxT3] [dbo].[bPct] NULL,
	[PAYGITaxT11] [dbo].[bDollar] NULL,
	[PAYGITaxT4ReasonCode] [tinyint] NULL,
	[FBTStartDate] [dbo].[bDate] NULL,
	[FBTEndDate] [dbo].[bDate] NULL,
	[FBTF1] [dbo].[bDollar] NULL,
	[FBTF2] [dbo].[bDollar] NULL,
	[FBTF3] [dbo].[bDollar] NULL,
	[FBTF4ReasonCode] [tinyint] NULL,
	[Summ1C] [dbo].[bDollar] NULL,
	[Summ1E] [dbo].[bDollar] NULL,
	[Summ7C] [dbo].[bDollar] NULL,
	[Summ1D] [dbo].[bDollar] NULL,
	[Summ1F] [dbo].[bDollar] NULL,
	[Summ5B] [dbo].[bDollar] NULL,
	[Summ6B] [dbo].[bDollar] NULL,
	[Summ7D] [dbo].[bDollar] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[LockBASAmounts] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployerBAS_LockBASAmounts] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerBAS] ADD CONSTRAINT [PK_vPRAUEmployerBAS] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployerBAS] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployerBAS_vPRAUEmployerMaster] FOREIGN KEY([PRCo], [TaxYear]) REFERENCES [dbo].[vPRAUEmployerMaster] ([PRCo], [TaxYear])
GO
