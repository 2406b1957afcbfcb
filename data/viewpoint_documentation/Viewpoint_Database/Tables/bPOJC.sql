SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOJC](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Category] [varchar](10) NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PriceDisc] [dbo].[bPct] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOJC] ON [dbo].[bPOJC] ([VendorGroup] ASC, [Vendor] ASC, [MatlGroup] ASC, [Category] ASC, [JCCo] ASC, [Job] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOJC] ([KeyID] ASC)
GO
