SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployees](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[Surname] [varchar](30) NOT NULL,
	[GivenName] [varchar](30) NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Postcode] [varchar](4) NULL,
	[BirthDate] [smalldatetime] NULL,
	[TaxFileNumber] [varchar](11) NOT NULL,
	[PensionAnnuity] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployees_PensionAnnuity] DEFAULT ('N'),
	[AmendedReport] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployees_AmendedReport] DEFAULT ('N'),
	[AmendedEFile] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployees_AmendedEFile] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployees] ADD CONSTRAINT [PK_vPRAUEmployees_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAUEmployees_PRCo_TaxYear_Employee] ON [dbo].[vPRAUEmployees] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployees] WITH CHECK ADD CONSTRAINT [FK_bPREH_vPRAUEmployees_Employee] FOREIGN KEY([PRCo], [Employee]) REFERENCES [dbo].[bPREH] ([PRCo], [Employee])
GO
ALTER TABLE [dbo].[vPRAUEmployees] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployer_vPRAUEmployees_PRCo_TaxYear] FOREIGN KEY([PRCo], [TaxYear]) REFERENCES [dbo].[vPRAUEmployer] ([PRCo], [TaxYear])
GO
