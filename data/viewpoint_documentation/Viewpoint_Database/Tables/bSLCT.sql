SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLCT](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NULL,
	[CompCode] [dbo].[bCompCode] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Verify] [dbo].[bYN] NOT NULL,
	[ExpDate] [dbo].[bDate] NULL,
	[Complied] [dbo].[bYN] NULL,
	[Notes] [varchar](max) NULL,
	[ReceiveDate] [dbo].[bDate] NULL,
	[Limit] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bSLCT_Limit] DEFAULT ((0)),
	[PurgeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLCT_PurgeYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APRef] [dbo].[bAPReference] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLCT] ON [dbo].[bSLCT] ([SLCo] ASC, [SL] ASC, [CompCode] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLCT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCT].[Verify]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCT].[Complied]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCT].[PurgeYN]'
GO
