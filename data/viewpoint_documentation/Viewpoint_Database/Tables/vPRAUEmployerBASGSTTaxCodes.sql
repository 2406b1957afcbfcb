SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerBASGSTTaxCodes](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Seq] [int] NOT NULL,
	[Item] [varchar](3) NOT NULL,
	[TaxCode] [varchar](10) NOT NULL,
	[ItemDesc] [varchar](30) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[TaxGroup] [dbo].[bGroup] NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerBASGSTTaxCodes] ADD CONSTRAINT [PK_vPRAUEmployerBASGSTTaxCodes] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC, [Seq] ASC, [Item] ASC, [TaxCode] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployerBASGSTTaxCodes] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployerBASGSTTaxCodes_vPRAUEmployerBAS] FOREIGN KEY([PRCo], [TaxYear], [Seq]) REFERENCES [dbo].[vPRAUEmployerBAS] ([PRCo], [TaxYear], [Seq])
GO
