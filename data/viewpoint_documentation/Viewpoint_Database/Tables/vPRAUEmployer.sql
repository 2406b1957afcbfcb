SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployer](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[BranchNumber] [varchar](3) NULL,
	[BeginDate] [smalldatetime] NULL,
	[EndDate] [smalldatetime] NULL,
	[AuthorizedPerson] [varchar](50) NULL,
	[ReportDate] [smalldatetime] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Notes] [varchar](max) NULL,
	[ContactFax] [dbo].[bPhone] NULL,
	[LockPAYGTaxYear] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployer_LockPAYGTaxYear] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployer] ADD CONSTRAINT [PK_vPRAUEmployer_PRCo_TaxYear] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAUEmployer_KeyID] ON [dbo].[vPRAUEmployer] ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vPRAUEmployer_] ON [dbo].[vPRAUEmployer] ([PRCo] ASC, [TaxYear] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployer] WITH CHECK ADD CONSTRAINT [FK_bPRCO_vPRAUEmployer_PRCo] FOREIGN KEY([PRCo]) REFERENCES [dbo].[bPRCO] ([PRCo])
GO
ALTER TABLE [dbo].[vPRAUEmployer] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployer_vPRAUEmployerMaster] FOREIGN KEY([PRCo], [TaxYear]) REFERENCES [dbo].[vPRAUEmployerMaster] ([PRCo], [TaxYear])
GO
