SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPPH](
	[APCo] [dbo].[bCompany] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[CMRefSeq] [tinyint] NOT NULL,
	[EFTSeq] [smallint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[Name] [varchar](60) NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[ChkType] [char](1) NULL,
	[PaidMth] [dbo].[bMonth] NOT NULL,
	[PaidDate] [dbo].[bDate] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[VoidYN] [dbo].[bYN] NOT NULL,
	[VoidMemo] [varchar](255) NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[PurgeYN] [dbo].[bYN] NOT NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[AddnlInfo] [varchar](60) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Notes] [varchar](max) NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPPH] ON [dbo].[bAPPH] ([APCo] ASC, [CMCo] ASC, [CMAcct] ASC, [PayMethod] ASC, [CMRef] ASC, [CMRefSeq] ASC, [EFTSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPPH] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPPH].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPPH].[VoidYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPPH].[PurgeYN]'
GO
