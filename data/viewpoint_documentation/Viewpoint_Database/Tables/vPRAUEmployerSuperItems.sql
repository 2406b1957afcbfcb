SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerSuperItems](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[ItemCode] [char](4) NOT NULL,
	[DLType] [char](1) NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerSuperItems] ADD CONSTRAINT [PK_vPRAUEmployerSuperItems_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAUEmployerSuperItems_All] ON [dbo].[vPRAUEmployerSuperItems] ([PRCo] ASC, [TaxYear] ASC, [ItemCode] ASC, [DLType] ASC, [DLCode] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployerSuperItems] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployerSuperItems_bPRDL_DLCode] FOREIGN KEY([PRCo], [DLCode]) REFERENCES [dbo].[bPRDL] ([PRCo], [DLCode])
GO
ALTER TABLE [dbo].[vPRAUEmployerSuperItems] WITH CHECK ADD CONSTRAINT [FK_vPRAUItems_vPRAUEmployerSuperItems_ItemCode] FOREIGN KEY([ItemCode]) REFERENCES [dbo].[vPRAUItems] ([ItemCode])
GO
ALTER TABLE [dbo].[vPRAUEmployerSuperItems] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployer_vPRAUEmployerSuperItems_PRCo_TaxYear] FOREIGN KEY([PRCo], [TaxYear]) REFERENCES [dbo].[vPRAUEmployer] ([PRCo], [TaxYear])
GO
