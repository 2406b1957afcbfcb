SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLHB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[SL] [varchar](30) NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[CompGroup] [varchar](10) NULL,
	[Status] [tinyint] NOT NULL,
	[Notes] [varchar](max) NULL,
	[OldJCCo] [dbo].[bCompany] NULL,
	[OldJob] [dbo].[bJob] NULL,
	[OldDesc] [dbo].[bItemDesc] NULL,
	[OldVendor] [dbo].[bVendor] NULL,
	[OldHoldCode] [dbo].[bHoldCode] NULL,
	[OldPayTerms] [dbo].[bPayTerms] NULL,
	[OldCompGroup] [varchar](10) NULL,
	[OldStatus] [tinyint] NULL,
	[OrigDate] [dbo].[bDate] NULL CONSTRAINT [DF_bSLHB_OrigDate] DEFAULT (''),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[OldOrigDate] [dbo].[bDate] NULL,
	[MaxRetgOpt] [char](1) NOT NULL CONSTRAINT [DF_bSLHB_MaxRetgOpt] DEFAULT ('N'),
	[MaxRetgPct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_bSLHB_MaxRetgPct] DEFAULT ((0.0000)),
	[MaxRetgAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLHB_MaxRetgAmt] DEFAULT ((0.00)),
	[InclACOinMaxYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLHB_InclACOinMaxYN] DEFAULT ('Y'),
	[MaxRetgDistStyle] [char](1) NOT NULL CONSTRAINT [DF_bSLHB_MaxRetgDistStyle] DEFAULT ('C'),
	[ApprovalRequired] [char](1) NOT NULL CONSTRAINT [DF_bSLHB_ApprovalRequired] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLHB] ON [dbo].[bSLHB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLHB] ([KeyID] ASC)
GO
