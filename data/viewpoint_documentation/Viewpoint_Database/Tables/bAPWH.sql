SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPWH](
	[APCo] [dbo].[bCompany] NOT NULL,
	[UserId] [dbo].[bVPUserName] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[PayYN] [dbo].[bYN] NOT NULL,
	[UnpaidAmt] [dbo].[bDollar] NOT NULL,
	[PayAmt] [dbo].[bDollar] NOT NULL,
	[DiscDate] [dbo].[bDate] NULL,
	[DueDate] [dbo].[bDate] NULL,
	[PayControl] [varchar](10) NULL,
	[PayMethod] [char](1) NULL,
	[CMCo] [dbo].[bCompany] NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[HoldYN] [dbo].[bYN] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[SeparatePayJobYN] [dbo].[bYN] NOT NULL,
	[SeparatePaySLYN] [dbo].[bYN] NOT NULL,
	[TakeAllDiscYN] [dbo].[bYN] NOT NULL,
	[DiscCancelDate] [dbo].[bDate] NULL,
	[ManualAddYN] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPWH_DiscTaken] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[DiscOffered] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPWH_DiscOffered] DEFAULT ((0)),
	[CompliedYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPWH_CompliedYN] DEFAULT ('Y'),
	[SeparatePayYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPWH_SeparatePayYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPWH] ON [dbo].[bAPWH] ([APCo] ASC, [Mth] ASC, [APTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPWH_UserId] ON [dbo].[bAPWH] ([APCo] ASC, [UserId] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPWH] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWH].[PayYN]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPWH].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWH].[HoldYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWH].[SeparatePayJobYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWH].[SeparatePaySLYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWH].[TakeAllDiscYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWH].[ManualAddYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWH].[CompliedYN]'
GO
