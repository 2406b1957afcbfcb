SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDH](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[CMRefSeq] [tinyint] NOT NULL,
	[EFTSeq] [smallint] NOT NULL,
	[DistSeq] [tinyint] NOT NULL,
	[RoutingId] [varchar](10) NOT NULL,
	[BankAcct] [varchar](20) NOT NULL,
	[Type] [char](1) NOT NULL,
	[Amt] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDH] ON [dbo].[bPRDH] ([PRCo] ASC, [CMCo] ASC, [CMAcct] ASC, [PayMethod] ASC, [CMRef] ASC, [CMRefSeq] ASC, [EFTSeq] ASC, [DistSeq] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bPRDH].[CMAcct]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRDH].[Amt]'
GO
