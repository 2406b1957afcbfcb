SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPVC](
	[APCo] [dbo].[bCompany] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[CompCode] [dbo].[bCompCode] NOT NULL,
	[Verify] [dbo].[bYN] NOT NULL,
	[ExpDate] [dbo].[bDate] NULL,
	[Complied] [dbo].[bYN] NULL,
	[Memo] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPVC] ON [dbo].[bAPVC] ([APCo] ASC, [VendorGroup] ASC, [Vendor] ASC, [CompCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPVC] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVC].[Verify]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVC].[Complied]'
GO
