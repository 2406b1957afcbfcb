SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployer](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[BusinessNumber] [varchar](15) NULL,
	[TransmitterNumber] [varchar](6) NULL,
	[RPPNumber] [varchar](7) NULL,
	[CompanyName] [varchar](30) NULL,
	[AddressLine1] [varchar](30) NULL,
	[AddressLine2] [varchar](30) NULL,
	[City] [varchar](28) NULL,
	[Province] [varchar](4) NOT NULL,
	[Country] [varchar](2) NULL,
	[PostalCode] [varchar](10) NULL,
	[ContactName] [varchar](22) NULL,
	[ContactPhone] [varchar](15) NULL,
	[ContactPhoneExt] [varchar](5) NULL,
	[ContactEmail] [varchar](60) NULL,
	[ReturnType] [char](1) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[OwnerSIN] [varchar](9) NULL,
	[CoOwnerSIN] [varchar](9) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAEmployer] ON [dbo].[bPRCAEmployer] ([PRCo] ASC, [TaxYear] ASC)
GO
