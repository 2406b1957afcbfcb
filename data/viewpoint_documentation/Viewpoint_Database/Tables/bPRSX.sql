SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRSX](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[Type] [char](1) NOT NULL,
	[Code] [varchar](10) NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amt1] [dbo].[bDollar] NOT NULL,
	[Amt2] [dbo].[bDollar] NOT NULL,
	[Amt3] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRSX] ON [dbo].[bPRSX] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [Type] ASC, [Code] ASC, [Rate] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSX].[Rate]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSX].[Amt1]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSX].[Amt2]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSX].[Amt3]'
GO
