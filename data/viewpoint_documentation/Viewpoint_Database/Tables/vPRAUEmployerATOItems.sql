SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerATOItems](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[ItemCode] [char](4) NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerATOItems] ADD CONSTRAINT [PK_vPRAUEmployerATOItems_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAUEmployerATOItems_All] ON [dbo].[vPRAUEmployerATOItems] ([PRCo] ASC, [TaxYear] ASC, [ItemCode] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployerATOItems] WITH CHECK ADD CONSTRAINT [FK_vPRAUItems_ItemCode] FOREIGN KEY([ItemCode]) REFERENCES [dbo].[vPRAUItems] ([ItemCode])
GO
ALTER TABLE [dbo].[vPRAUEmployerATOItems] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployer_PRCo_TaxYear] FOREIGN KEY([PRCo], [TaxYear]) REFERENCES [dbo].[vPRAUEmployer] ([PRCo], [TaxYear])
GO
