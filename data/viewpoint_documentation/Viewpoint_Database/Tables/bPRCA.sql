SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCA](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Class] [dbo].[bClass] NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Basis] [dbo].[bDollar] NOT NULL,
	[Amt] [dbo].[bDollar] NOT NULL,
	[EligibleAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRCA_EligibleAmt] DEFAULT ((0)),
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[APDesc] [dbo].[bDesc] NULL,
	[OldVendor] [dbo].[bVendor] NULL,
	[OldAPMth] [dbo].[bMonth] NULL,
	[OldAPAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRCA_OldAPAmt] DEFAULT ((0))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCA] ON [dbo].[bPRCA] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [Craft] ASC, [Class] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCA].[Basis]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCA].[Amt]'
GO
