SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployeeCodes](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[T4CodeNumber] [smallint] NOT NULL,
	[Amount] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAEmployeeCodes] ON [dbo].[bPRCAEmployeeCodes] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC, [T4CodeNumber] ASC)
GO
