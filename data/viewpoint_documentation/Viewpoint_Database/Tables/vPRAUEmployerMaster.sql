SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerMaster](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[TaxFileNumber] [varchar](11) NULL,
	[ABN] [varchar](11) NULL,
	[CompanyName] [varchar](60) NULL,
	[Address] [varchar](60) NULL,
	[Address2] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[PostalCode] [dbo].[bZip] NULL,
	[Country] [varchar](2) NULL,
	[ContactSurname] [varchar](30) NULL,
	[ContactGivenName] [varchar](15) NULL,
	[ContactGivenName2] [varchar](22) NULL,
	[ContactPhone] [dbo].[bPhone] NULL,
	[ContactEmail] [varchar](60) NULL,
	[SignatureOfAuthPerson] [varchar](30) NULL,
	[ReportDate] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerMaster] ADD CONSTRAINT [PK_bPRAUEmployerMaster] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC)
GO
