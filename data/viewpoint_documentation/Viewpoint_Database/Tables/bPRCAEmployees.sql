SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployees](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[SIN] [varchar](9) NULL,
	[FirstName] [varchar](30) NULL,
	[MidName] [varchar](15) NULL,
	[LastName] [varchar](30) NULL,
	[Suffix] [varchar](4) NULL,
	[AddressLine1] [varchar](30) NULL,
	[AddressLine2] [varchar](30) NULL,
	[City] [varchar](28) NULL,
	[Province] [varchar](4) NULL,
	[Country] [char](2) NULL,
	[PostalCode] [varchar](10) NULL,
	[ProvinceEmployed] [varchar](4) NULL,
	[CPPQPPExempt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCAEmployees_CPPQPPExempt] DEFAULT ('N'),
	[EIExempt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCAEmployees_EIExempt] DEFAULT ('N'),
	[PPIPExempt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCAEmployees_PPIPExempt] DEFAULT ('N'),
	[RPPNumber] [varchar](7) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReturnType] [char](1) NOT NULL CONSTRAINT [DF_bPRCAEmployees_ReturnType] DEFAULT ('O')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAEmployees] ON [dbo].[bPRCAEmployees] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC)
GO
