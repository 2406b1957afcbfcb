SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRPH](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[CMRefSeq] [tinyint] NOT NULL,
	[EFTSeq] [smallint] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[ChkType] [char](1) NULL,
	[PaidDate] [dbo].[bDate] NOT NULL,
	[PaidMth] [dbo].[bMonth] NOT NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[Earnings] [dbo].[bDollar] NOT NULL,
	[Dedns] [dbo].[bDollar] NOT NULL,
	[PaidAmt] [dbo].[bDollar] NOT NULL,
	[NonTrueAmt] [dbo].[bDollar] NOT NULL,
	[Void] [dbo].[bYN] NOT NULL,
	[VoidMemo] [dbo].[bDesc] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRPH] ON [dbo].[bPRPH] ([PRCo] ASC, [CMCo] ASC, [CMAcct] ASC, [PayMethod] ASC, [CMRef] ASC, [CMRefSeq] ASC, [EFTSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRPHCMRef] ON [dbo].[bPRPH] ([CMRef] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bPRPH].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRPH].[Void]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRPH].[Purge]'
GO
