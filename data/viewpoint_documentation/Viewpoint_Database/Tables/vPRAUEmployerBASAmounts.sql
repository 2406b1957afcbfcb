SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerBASAmounts](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Seq] [int] NOT NULL,
	[Item] [varchar](3) NOT NULL,
	[ItemDesc] [varchar](30) NULL,
	[SalesOrPurchAmt] [dbo].[bDollar] NULL,
	[SalesOrPurchAmtGST] [dbo].[bDollar] NULL,
	[GSTTaxAmt] [dbo].[bDollar] NULL,
	[WithholdingAmt] [dbo].[bDollar] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerBASAmounts] ADD CONSTRAINT [PK_vPRAUEmployerBASAmounts] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC, [Seq] ASC, [Item] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployerBASAmounts] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployerBASAmounts_vPRAUEmployerBAS] FOREIGN KEY([PRCo], [TaxYear], [Seq]) REFERENCES [dbo].[vPRAUEmployerBAS] ([PRCo], [TaxYear], [Seq])
GO
