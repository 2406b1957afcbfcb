SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPOPendingPurchaseOrder](
	[POCo] [dbo].[bCompany] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[ExpDate] [dbo].[bDate] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Loc] [dbo].[bLoc] NULL,
	[OrderDate] [dbo].[bDate] NULL,
	[OrderedBy] [varchar](10) NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[CompGroup] [varchar](10) NULL,
	[ShipLoc] [dbo].[bShipLoc] NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Country] [char](2) NULL,
	[Address2] [varchar](60) NULL,
	[ShipIns] [varchar](60) NULL,
	[Attention] [dbo].[bDesc] NULL,
	[PayAddressSeq] [tinyint] NULL,
	[POAddressSeq] [tinyint] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPOPendingPurchaseOrder] ADD CONSTRAINT [PK_vPOPendingPurchaseOrder] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vPOPendingPurchaseOrder_PO] ON [dbo].[vPOPendingPurchaseOrder] ([POCo] ASC, [PO] ASC)
GO
