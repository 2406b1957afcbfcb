SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDD](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[Seq] [tinyint] NOT NULL,
	[RoutingId] [varchar](10) NOT NULL,
	[BankAcct] [varchar](20) NOT NULL,
	[Type] [char](1) NOT NULL,
	[Status] [char](1) NOT NULL,
	[Frequency] [dbo].[bFreq] NULL,
	[Method] [char](1) NOT NULL,
	[Pct] [dbo].[bPct] NULL,
	[Amount] [dbo].[bDollar] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDD] ON [dbo].[bPRDD] ([PRCo] ASC, [Employee] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRDD] ([KeyID] ASC)
GO
