SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOHD](
	[POCo] [dbo].[bCompany] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[OrderDate] [dbo].[bDate] NULL,
	[OrderedBy] [varchar](10) NULL,
	[ExpDate] [dbo].[bDate] NULL,
	[Status] [tinyint] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Loc] [dbo].[bLoc] NULL,
	[ShipLoc] [dbo].[bShipLoc] NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[ShipIns] [varchar](60) NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[CompGroup] [varchar](10) NULL,
	[MthClosed] [dbo].[bMonth] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Approved] [dbo].[bYN] NULL,
	[ApprovedBy] [dbo].[bVPUserName] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[AddedMth] [dbo].[bMonth] NULL,
	[AddedBatchID] [dbo].[bBatchID] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Attention] [dbo].[bDesc] NULL,
	[PayAddressSeq] [tinyint] NULL,
	[POAddressSeq] [tinyint] NULL,
	[Address2] [varchar](60) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL,
	[POCloseBatchID] [dbo].[bBatchID] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOHD] ON [dbo].[bPOHD] ([POCo] ASC, [PO] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOHD] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bPOHD_POCO_PO] ON [dbo].[bPOHD] ([PO] ASC, [POCo] ASC)
GO
CREATE NONCLUSTERED INDEX [biPOHDUniqueAttId] ON [dbo].[bPOHD] ([UniqueAttchID] ASC)
GO
CREATE NONCLUSTERED INDEX [biPOHDVendor] ON [dbo].[bPOHD] ([Vendor] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOHD].[Approved]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOHD].[Purge]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPOHD].[Purge]'
GO
