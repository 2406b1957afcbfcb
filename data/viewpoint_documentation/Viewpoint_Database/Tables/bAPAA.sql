SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPAA](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[AddressSeq] [tinyint] NOT NULL,
	[Type] [tinyint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](20) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Address2] [varchar](60) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPAA] ON [dbo].[bAPAA] ([VendorGroup] ASC, [Vendor] ASC, [AddressSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPAA] ([KeyID] ASC)
GO
