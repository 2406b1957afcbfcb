SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOCT](
	[POCo] [dbo].[bCompany] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[CompCode] [dbo].[bCompCode] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[Description] [dbo].[bDesc] NULL,
	[Verify] [dbo].[bYN] NOT NULL,
	[ExpDate] [dbo].[bDate] NULL,
	[Complied] [dbo].[bYN] NULL,
	[Notes] [varchar](max) NULL,
	[PurgeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCT_PurgeYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOCT] ON [dbo].[bPOCT] ([POCo] ASC, [PO] ASC, [CompCode] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOCT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCT].[Verify]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCT].[Complied]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCT].[PurgeYN]'
GO
