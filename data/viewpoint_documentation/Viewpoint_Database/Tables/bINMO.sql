SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINMO](
	[INCo] [dbo].[bCompany] NOT NULL,
	[MO] [varchar](10) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[OrderDate] [dbo].[bDate] NULL,
	[OrderedBy] [varchar](10) NULL,
	[Status] [tinyint] NOT NULL,
	[AddedMth] [dbo].[bMonth] NULL,
	[AddedBatchId] [dbo].[bBatchID] NULL,
	[MthClosed] [dbo].[bMonth] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[Approved] [dbo].[bYN] NULL,
	[ApprovedBy] [dbo].[bVPUserName] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINMO] ON [dbo].[bINMO] ([INCo] ASC, [MO] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINMO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINMO].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINMO].[Approved]'
GO
