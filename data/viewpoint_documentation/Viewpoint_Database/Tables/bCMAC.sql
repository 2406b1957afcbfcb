SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMAC](
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BankAcct] [varchar](30) NULL,
	[ImmedDest] [varchar](10) NULL,
	[ImmedOrig] [varchar](10) NULL,
	[CompanyId] [varchar](10) NULL,
	[BankName] [varchar](30) NULL,
	[DFI] [varchar](10) NULL,
	[RoutingId] [varchar](10) NULL,
	[ServiceClass] [varchar](3) NULL,
	[AcctType] [char](1) NULL,
	[Notes] [varchar](max) NULL,
	[BatchHeader] [varchar](94) NULL,
	[AssignBank] [varchar](23) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AUAccountName] [varchar](26) NULL,
	[AUBSB] [varchar](6) NULL,
	[AUBankShortName] [varchar](3) NULL,
	[AUCustomerNumber] [varchar](6) NULL,
	[AUReference] [varchar](12) NULL,
	[AUContraRequiredYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bCMAC_AUContraRequiredYN] DEFAULT ('N'),
	[CADestDataCentre] [varchar](5) NULL,
	[CACurrencyCode] [varchar](3) NULL,
	[CAOriginatorId] [varchar](10) NULL,
	[CACMRoutingNbr] [varchar](9) NULL,
	[Discretionary] [varchar](20) NULL,
	[CAShortName] [varchar](15) NULL,
	[CALongName] [varchar](30) NULL,
	[CAEFTFormat] [varchar](10) NOT NULL CONSTRAINT [DF_bCMAC_CAEFTFormat] DEFAULT ('HSBC'),
	[CARBCFileDescriptor] [varchar](50) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bCMAC] ADD CONSTRAINT [PK_bCMAC_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biCMAC] ON [dbo].[bCMAC] ([CMCo] ASC, [CMAcct] ASC)
GO
ALTER TABLE [dbo].[bCMAC] WITH CHECK ADD CONSTRAINT [FK_bCMAC_bCMCO_CMCo] FOREIGN KEY([CMCo]) REFERENCES [dbo].[bCMCO] ([CMCo])
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMAC].[CMAcct]'
GO
