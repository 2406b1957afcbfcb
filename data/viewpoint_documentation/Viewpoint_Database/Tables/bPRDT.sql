SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDT](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[SubjectAmt] [dbo].[bDollar] NOT NULL,
	[EligibleAmt] [dbo].[bDollar] NOT NULL,
	[UseOver] [dbo].[bYN] NOT NULL,
	[OverAmt] [dbo].[bDollar] NOT NULL,
	[OverProcess] [dbo].[bYN] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[APDesc] [dbo].[bDesc] NULL,
	[OldHours] [dbo].[bHrs] NOT NULL,
	[OldAmt] [dbo].[bDollar] NOT NULL,
	[OldSubject] [dbo].[bDollar] NOT NULL,
	[OldEligible] [dbo].[bDollar] NOT NULL,
	[OldMth] [dbo].[bMonth] NULL,
	[OldVendor] [dbo].[bVendor] NULL,
	[OldAPMth] [dbo].[bMonth] NULL,
	[OldAPAmt] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PaybackAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRDT_PaybackAmt] DEFAULT ((0)),
	[PaybackOverAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRDT_PaybackOverAmt] DEFAULT ((0)),
	[PaybackOverYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRDT_PaybackOverYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDT] ON [dbo].[bPRDT] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRDTEmployee] ON [dbo].[bPRDT] ([Employee] ASC, [PRCo] ASC, [PRGroup] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bPRDT_PrcoEmpEDLOldAmt_PrintCheck] ON [dbo].[bPRDT] ([PRCo] ASC, [Employee] ASC, [EDLType] ASC, [EDLCode] ASC, [OldMth] ASC, [PREndDate] ASC, [PaySeq] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[Hours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[Amount]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[SubjectAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[EligibleAmt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDT].[UseOver]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPRDT].[UseOver]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[OverAmt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDT].[OverProcess]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPRDT].[OverProcess]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[OldHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[OldAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[OldSubject]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[OldEligible]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDT].[OldAPAmt]'
GO
