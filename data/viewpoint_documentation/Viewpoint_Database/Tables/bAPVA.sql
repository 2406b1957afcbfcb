SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPVA](
	[APCo] [dbo].[bCompany] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[InvAmt] [dbo].[bDollar] NOT NULL,
	[PaidAmt] [dbo].[bDollar] NOT NULL,
	[DiscOff] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[AuditYN] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPVA] ON [dbo].[bAPVA] ([APCo] ASC, [VendorGroup] ASC, [Vendor] ASC, [Mth] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPVA] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPVA].[AuditYN]'
GO
