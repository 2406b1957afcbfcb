SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vAPVendorMasterOnCost](
	[APCo] [dbo].[bCompany] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[OnCostID] [tinyint] NOT NULL,
	[CalcMethod] [char](1) NOT NULL,
	[Rate] [dbo].[bUnitCost] NULL,
	[Amount] [dbo].[bDollar] NULL,
	[PayType] [tinyint] NULL,
	[OnCostVendor] [dbo].[bVendor] NULL,
	[ATOCategory] [varchar](4) NULL,
	[SchemeID] [smallint] NULL,
	[MemberShipNumber] [varchar](60) NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vAPVendorMasterOnCost] ADD CONSTRAINT [PK_vAPVendorMasterOnCost] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vAPVendorMasterOnCost_ALL] ON [dbo].[vAPVendorMasterOnCost] ([APCo] ASC, [VendorGroup] ASC, [Vendor] ASC, [OnCostID] ASC)
GO
