SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployeeETPAmounts](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[Seq] [int] NOT NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Postcode] [dbo].[bZip] NULL,
	[DateofBirth] [dbo].[bDate] NULL,
	[DateOfPayment] [dbo].[bDate] NULL,
	[TaxFileNumber] [varchar](11) NULL,
	[TotalTaxWithheld] [dbo].[bDollar] NULL,
	[TaxableComponent] [dbo].[bDollar] NULL,
	[TaxFreeComponent] [dbo].[bDollar] NULL,
	[TransitionalPaymentYN] [dbo].[bYN] NULL,
	[PartialPaymentYN] [dbo].[bYN] NULL,
	[DeathBenefitYN] [dbo].[bYN] NULL,
	[DeathBenefitType] [char](1) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Amended] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployeeETPAmounts_Amended] DEFAULT ('N'),
	[AmendedATO] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployeeETPAmounts_AmendedATO] DEFAULT ('N'),
	[CompleteYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployeeETPAmounts_CompleteYN] DEFAULT ('N'),
	[GivenName2] [varchar](22) NULL,
	[Surname] [varchar](30) NULL,
	[GivenName] [varchar](15) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployeeETPAmounts] ADD CONSTRAINT [PK_vPRAUEmployeeETPAmounts] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC, [Seq] ASC)
GO
