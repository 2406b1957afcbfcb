SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPWD](
	[APCo] [dbo].[bCompany] NOT NULL,
	[UserId] [dbo].[bVPUserName] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APLine] [smallint] NOT NULL,
	[APSeq] [tinyint] NOT NULL,
	[HoldYN] [dbo].[bYN] NOT NULL,
	[PayYN] [dbo].[bYN] NOT NULL,
	[DiscOffered] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[DueDate] [dbo].[bDate] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Amount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPWD_Amount] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[CompliedYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPWD_CompliedYN] DEFAULT ('Y'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPWD] ON [dbo].[bAPWD] ([APCo] ASC, [Mth] ASC, [APTrans] ASC, [APLine] ASC, [APSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPWD_UserId] ON [dbo].[bAPWD] ([APCo] ASC, [UserId] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPWD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWD].[HoldYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPWD].[PayYN]'
GO
