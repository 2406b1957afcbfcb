SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRSQ](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NULL,
	[CMRefSeq] [tinyint] NULL,
	[EFTSeq] [smallint] NULL,
	[ChkType] [char](1) NULL,
	[PaidDate] [dbo].[bDate] NULL,
	[PaidMth] [dbo].[bMonth] NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[Earnings] [dbo].[bDollar] NOT NULL,
	[Dedns] [dbo].[bDollar] NOT NULL,
	[SUIEarnings] [dbo].[bDollar] NOT NULL,
	[PostToAll] [dbo].[bYN] NOT NULL,
	[Processed] [dbo].[bYN] NOT NULL,
	[CMInterface] [dbo].[bYN] NOT NULL,
	[ChkSort] [varchar](10) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPRSQ] ADD CONSTRAINT [PK_bPRSQ] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPRSQ] ON [dbo].[bPRSQ] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRSQEFT] ON [dbo].[bPRSQ] ([CMCo] ASC, [CMAcct] ASC, [PayMethod] ASC, [CMRef] ASC, [EFTSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bPRSQ_PaidDate] ON [dbo].[bPRSQ] ([PaidDate] ASC, [PRCo] ASC)
GO
CREATE NONCLUSTERED INDEX [biPRSQNoGroup] ON [dbo].[bPRSQ] ([PRCo] ASC, [PREndDate] ASC, [Employee] ASC, [CMCo] ASC, [CMAcct] ASC, [CMRef] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bPRSQ].[CMAcct]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSQ].[Hours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSQ].[Earnings]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSQ].[Dedns]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRSQ].[SUIEarnings]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRSQ].[PostToAll]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPRSQ].[PostToAll]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRSQ].[Processed]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPRSQ].[Processed]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRSQ].[CMInterface]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPRSQ].[CMInterface]'
GO
