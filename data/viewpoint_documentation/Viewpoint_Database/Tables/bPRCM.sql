SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCM](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[EffectiveDate] [dbo].[bDate] NOT NULL,
	[ReportType] [varchar](10) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[OTSched] [tinyint] NULL,
	[Notes] [varchar](max) NULL,
	[TradeSeq] [tinyint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[HolidayOT] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCM_HolidayOT] DEFAULT ('N'),
	[MaxRegHrsPerWeek] [dbo].[bHrs] NULL,
	[Country] [char](2) NULL,
	[PensionNumber] [varchar](7) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCM] ON [dbo].[bPRCM] ([PRCo] ASC, [Craft] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRCM] ([KeyID] ASC)
GO
