SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRIA](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[InsCode] [dbo].[bInsCode] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[Earnings] [dbo].[bDollar] NOT NULL,
	[SubjectAmt] [dbo].[bDollar] NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[Amt] [dbo].[bDollar] NOT NULL,
	[EligibleAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRIA_EligibleAmt] DEFAULT ((0)),
	[BasisEarnings] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRIA_BasisEarnings] DEFAULT ((0)),
	[CalcBasis] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRIA_CalcBasis] DEFAULT ((0)),
	[Hours] [dbo].[bHrs] NOT NULL CONSTRAINT [DF_bPRIA_Hours] DEFAULT ((0))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRIA] ON [dbo].[bPRIA] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [State] ASC, [InsCode] ASC, [DLCode] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRIA].[Rate]'
GO
