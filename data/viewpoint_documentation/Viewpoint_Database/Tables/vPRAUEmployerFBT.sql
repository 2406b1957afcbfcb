SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerFBT](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[ContactSurname] [varchar](30) NULL,
	[ContactGivenName] [varchar](15) NULL,
	[ContactGivenName2] [varchar](22) NULL,
	[ContactPhone] [dbo].[bPhone] NULL,
	[ContactEmail] [varchar](60) NULL,
	[NbrOfEmployeesRecFB] [int] NULL,
	[HoursToPrepare] [int] NULL,
	[LodgingFBTReturnYN] [dbo].[bYN] NOT NULL,
	[SignatureOfAuthPerson] [varchar](35) NULL,
	[ReportDate] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[NumberA] [int] NULL,
	[NumberB] [int] NULL,
	[NumberC] [int] NULL,
	[NumberF] [int] NULL,
	[NumberG] [int] NULL,
	[BASAmount1] [dbo].[bDollar] NULL,
	[BASAmount2] [dbo].[bDollar] NULL,
	[BASAmount3] [dbo].[bDollar] NULL,
	[LockFBTAmounts] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployerFBT_LockFBTAmounts] DEFAULT ('N'),
	[BASAmount4] [dbo].[bDollar] NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[BSBNumber] [varchar](6) NULL,
	[CMBankAcct] [varchar](30) NULL,
	[CMAUAcctName] [varchar](26) NULL,
	[CMCo] [dbo].[bCompany] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerFBT] ADD CONSTRAINT [PK_bPRAUEmployerFBT] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployerFBT] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployerFBT_vPRAUEmployerMaster] FOREIGN KEY([PRCo], [TaxYear]) REFERENCES [dbo].[vPRAUEmployerMaster] ([PRCo], [TaxYear])
GO
