SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCX](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Class] [dbo].[bClass] NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[Basis] [dbo].[bDollar] NOT NULL,
	[Amt] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCX] ON [dbo].[bPRCX] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [Craft] ASC, [Class] ASC, [EDLType] ASC, [EDLCode] ASC, [Rate] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCX].[Rate]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCX].[Basis]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCX].[Amt]'
GO
