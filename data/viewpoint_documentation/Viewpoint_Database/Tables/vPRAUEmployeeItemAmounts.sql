SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployeeItemAmounts](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[BeginDate] [smalldatetime] NOT NULL,
	[EndDate] [smalldatetime] NOT NULL,
	[SummarySeq] [tinyint] NOT NULL,
	[ItemCode] [char](4) NOT NULL,
	[Amount] [dbo].[bDollar] NULL,
	[LSAType] [char](1) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployeeItemAmounts] ADD CONSTRAINT [PK_vPRAUEmployeeItemAmounts_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAUEmployeeItemAmounts_PRCo_TaxYear_Employee_SummarySeq_ItemCode] ON [dbo].[vPRAUEmployeeItemAmounts] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC, [SummarySeq] ASC, [ItemCode] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployeeItemAmounts] WITH CHECK ADD CONSTRAINT [FK_vPRAUItems_vPRAUEmployeeItemAmounts_ItemCode] FOREIGN KEY([ItemCode]) REFERENCES [dbo].[vPRAUItems] ([ItemCode])
GO
ALTER TABLE [dbo].[vPRAUEmployeeItemAmounts] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployees_vPRAUEmployeeItemAmounts_PRCo_TaxYear_Employee] FOREIGN KEY([PRCo], [TaxYear], [Employee]) REFERENCES [dbo].[vPRAUEmployees] ([PRCo], [TaxYear], [Employee])
GO
