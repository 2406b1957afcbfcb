SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPUI](
	[APCo] [dbo].[bCompany] NOT NULL,
	[UIMth] [dbo].[bMonth] NOT NULL,
	[UISeq] [smallint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[Description] [dbo].[bDesc] NULL,
	[InvDate] [dbo].[bDate] NULL,
	[DiscDate] [dbo].[bDate] NULL,
	[DueDate] [dbo].[bDate] NULL,
	[InvTotal] [dbo].[bDollar] NOT NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[PayControl] [varchar](10) NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[V1099YN] [dbo].[bYN] NOT NULL,
	[V1099Type] [varchar](10) NULL,
	[V1099Box] [tinyint] NULL,
	[PayOverrideYN] [dbo].[bYN] NOT NULL,
	[PayName] [varchar](60) NULL,
	[PayAddress] [varchar](60) NULL,
	[PayCity] [varchar](30) NULL,
	[PayState] [varchar](4) NULL,
	[PayZip] [dbo].[bZip] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[PayAddInfo] [varchar](60) NULL,
	[DocName] [varchar](128) NULL,
	[SeparatePayYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPUI_SeparatePayYN] DEFAULT ('N'),
	[Notes] [varchar](2000) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AddressSeq] [tinyint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReviewerGroup] [varchar](10) NULL,
	[SLKeyID] [bigint] NULL,
	[PayCountry] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPUI] ON [dbo].[bAPUI] ([APCo] ASC, [UIMth] ASC, [UISeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPUI] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPUI_SLKeyID] ON [dbo].[bAPUI] ([SLKeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPUIUniqueAttId] ON [dbo].[bAPUI] ([UniqueAttchID] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPUIVendor] ON [dbo].[bAPUI] ([Vendor] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPUI].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPUI].[V1099YN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPUI].[PayOverrideYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPUI].[SeparatePayYN]'
GO
