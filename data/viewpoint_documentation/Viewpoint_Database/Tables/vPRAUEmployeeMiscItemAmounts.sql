SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployeeMiscItemAmounts](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[BeginDate] [smalldatetime] NOT NULL,
	[EndDate] [smalldatetime] NOT NULL,
	[SummarySeq] [tinyint] NOT NULL,
	[ItemCode] [char](4) NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Amount] [dbo].[bDollar] NULL,
	[OrganizationName] [dbo].[bDesc] NULL,
	[AllowanceDesc] [dbo].[bDesc] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployeeMiscItemAmounts] ADD CONSTRAINT [PK_vPRAUEmployeeMiscItemAmounts_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAUEmployeeMiscItemAmounts_PRCo_TaxYear_Employee_SummarySeq_ItemCode_EDLType_EDLCode] ON [dbo].[vPRAUEmployeeMiscItemAmounts] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC, [SummarySeq] ASC, [ItemCode] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployeeMiscItemAmounts] WITH CHECK ADD CONSTRAINT [FK_vPRAUItems_vPRAUEmployeeMiscItemAmounts_ItemCode] FOREIGN KEY([ItemCode]) REFERENCES [dbo].[vPRAUItems] ([ItemCode])
GO
ALTER TABLE [dbo].[vPRAUEmployeeMiscItemAmounts] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployees_vPRAUEmployeeMiscItemAmounts_PRCo_TaxYear_Employee] FOREIGN KEY([PRCo], [TaxYear], [Employee]) REFERENCES [dbo].[vPRAUEmployees] ([PRCo], [TaxYear], [Employee])
GO
