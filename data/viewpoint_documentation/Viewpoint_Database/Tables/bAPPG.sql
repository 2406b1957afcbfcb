SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPPG](
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[CMRefSeq] [tinyint] NOT NULL,
	[EFTSeq] [smallint] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[Name] [varchar](60) NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[PaidDate] [dbo].[bDate] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPPG] ON [dbo].[bAPPG] ([APCo] ASC, [Mth] ASC, [BatchId] ASC, [GLCo] ASC, [GLAcct] ASC, [BatchSeq] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPPG].[CMAcct]'
GO
