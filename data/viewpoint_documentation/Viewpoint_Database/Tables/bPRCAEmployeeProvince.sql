SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployeeProvince](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[Province] [varchar](4) NOT NULL,
	[Wages] [dbo].[bDollar] NULL,
	[Tax] [dbo].[bDollar] NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE CLUSTERED INDEX [biPRCAEmployeeProvince] ON [dbo].[bPRCAEmployeeProvince] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC, [Province] ASC)
GO
