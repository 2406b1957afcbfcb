SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMWF](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[Sequence] [int] NOT NULL,
	[Manufacturer] [char](30) NULL,
	[PartNo] [char](20) NULL,
	[SerialNo] [char](30) NULL,
	[PartDescription] [dbo].[bItemDesc] NULL,
	[WarrantyDesc] [dbo].[bItemDesc] NULL,
	[APCo] [dbo].[bCompany] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[APVendor] [int] NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[HQMaterial] [dbo].[bMatl] NULL,
	[DatePurchased] [smalldatetime] NULL,
	[DateInstalled] [smalldatetime] NULL,
	[MilesAtInstall] [numeric](18, 0) NULL,
	[HoursAtInstall] [numeric](18, 0) NULL,
	[InstalledBy] [char](20) NULL,
	[Status] [char](1) NULL,
	[InactiveDate] [smalldatetime] NULL,
	[WarrantyHours] [numeric](18, 0) NULL,
	[WarrantyMiles] [numeric](18, 0) NULL,
	[WarrantyDays] [smallint] NULL,
	[WarrantyMonths] [smallint] NULL,
	[WarrantyYears] [smallint] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[WarrantyStartDate] [dbo].[bDate] NULL,
	[WarrantyExpirationDate] [dbo].[bDate] NULL,
	[WarrantyUM] [varchar](10) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMWF] ON [dbo].[bEMWF] ([EMCo] ASC, [Equipment] ASC, [Sequence] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMWF] ([KeyID] ASC)
GO
