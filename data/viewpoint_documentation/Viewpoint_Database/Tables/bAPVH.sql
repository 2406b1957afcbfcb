SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPVH](
	[APCo] [dbo].[bCompany] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[HoldCode] [dbo].[bHoldCode] NOT NULL,
	[Memo] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPVH] ON [dbo].[bAPVH] ([APCo] ASC, [VendorGroup] ASC, [Vendor] ASC, [HoldCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPVH] ([KeyID] ASC)
GO
