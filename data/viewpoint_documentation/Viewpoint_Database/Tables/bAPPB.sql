SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPPB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NULL,
	[CMRefSeq] [tinyint] NULL,
	[EFTSeq] [smallint] NULL,
	[ChkType] [char](1) NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[Name] [varchar](60) NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[PaidDate] [dbo].[bDate] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[VoidYN] [dbo].[bYN] NOT NULL,
	[VoidMemo] [varchar](255) NULL,
	[ReuseYN] [dbo].[bYN] NULL,
	[Overflow] [dbo].[bYN] NOT NULL,
	[AddnlInfo] [varchar](60) NULL,
	[AddendaTypeId] [tinyint] NULL,
	[TaxFormCode] [varchar](10) NULL,
	[Employee] [int] NULL,
	[SeparatePayYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPPB_SeparatePayYN] DEFAULT ('N'),
	[SeparatePayMth] [dbo].[bMonth] NULL,
	[SeparatePayTrans] [dbo].[bTrans] NULL,
	[Job] [dbo].[bJob] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[SL] [varchar](30) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PayOverrideYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPPB_PayOverrideYN] DEFAULT ('N'),
	[AddressSeq] [tinyint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPPB] ON [dbo].[bAPPB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPPBCMRef] ON [dbo].[bAPPB] ([CMRef] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPPB] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPPBVendor] ON [dbo].[bAPPB] ([Vendor] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPPB].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPPB].[VoidYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPPB].[ReuseYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPPB].[Overflow]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bAPPB].[Overflow]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPPB].[SeparatePayYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPPB].[PayOverrideYN]'
GO
