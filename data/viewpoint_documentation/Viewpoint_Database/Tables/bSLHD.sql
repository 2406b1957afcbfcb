SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLHD](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[CompGroup] [varchar](10) NULL,
	[Status] [tinyint] NOT NULL,
	[MthClosed] [dbo].[bMonth] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[Approved] [dbo].[bYN] NULL,
	[ApprovedBy] [dbo].[bVPUserName] NULL,
	[Notes] [varchar](max) NULL,
	[AddedMth] [dbo].[bMonth] NULL,
	[AddedBatchID] [dbo].[bBatchID] NULL,
	[OrigDate] [dbo].[bDate] NULL CONSTRAINT [DF_bSLHD_OrigDate] DEFAULT (''),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SLCloseBatchID] [dbo].[bBatchID] NULL,
	[MaxRetgOpt] [char](1) NOT NULL CONSTRAINT [DF_bSLHD_MaxRetgOpt] DEFAULT ('N'),
	[MaxRetgPct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_bSLHD_MaxRetgPct] DEFAULT ((0.0000)),
	[MaxRetgAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLHD_MaxRetgAmt] DEFAULT ((0.00)),
	[InclACOinMaxYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLHD_InclACOinMaxYN] DEFAULT ('Y'),
	[MaxRetgDistStyle] [char](1) NOT NULL CONSTRAINT [DF_bSLHD_MaxRetgDistStyle] DEFAULT ('C'),
	[ApprovalRequired] [char](1) NOT NULL CONSTRAINT [DF_bSLHD_ApprovalRequired] DEFAULT ('N'),
	CONSTRAINT [CK_bSLHD_ApprovalRequired] CHECK ([ApprovalRequired]='N' OR [ApprovalRequired]='Y')
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLHD] ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_bSLHD_SL] ON [dbo].[bSLHD] ([SLCo] ASC, [SL] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLHD].[Purge]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bSLHD].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLHD].[Approved]'
GO
