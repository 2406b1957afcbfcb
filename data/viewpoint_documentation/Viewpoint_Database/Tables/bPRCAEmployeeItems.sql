SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployeeItems](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[T4BoxNumber] [smallint] NOT NULL,
	[Amount] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAEmployeeItems] ON [dbo].[bPRCAEmployeeItems] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC, [T4BoxNumber] ASC)
GO
