SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOVC](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Category] [varchar](10) NOT NULL,
	[PriceDisc] [dbo].[bPct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOVC] ON [dbo].[bPOVC] ([VendorGroup] ASC, [Vendor] ASC, [MatlGroup] ASC, [Category] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOVC] ([KeyID] ASC)
GO
