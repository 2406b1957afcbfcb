SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDS](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[DistSeq] [tinyint] NOT NULL,
	[RoutingId] [varchar](10) NOT NULL,
	[BankAcct] [varchar](20) NOT NULL,
	[Type] [char](1) NOT NULL,
	[Amt] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDS] ON [dbo].[bPRDS] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC, [DistSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRDS] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDS].[Amt]'
GO
