SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOSM](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[VendMatId] [varchar](30) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOSM] ON [dbo].[bPOSM] ([VendorGroup] ASC, [Vendor] ASC, [MatlGroup] ASC, [Material] ASC, [UM] ASC, [VendMatId] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOSM] ([KeyID] ASC)
GO
