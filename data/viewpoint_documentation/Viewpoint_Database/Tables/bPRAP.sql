SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRAP](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[APFields] [char](6) NOT NULL,
	[Amt] [dbo].[bDollar] NOT NULL,
	[Description] [dbo].[bDesc] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRAP] ON [dbo].[bPRAP] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Mth] ASC, [VendorGroup] ASC, [Vendor] ASC, [EDLType] ASC, [EDLCode] ASC, [APFields] ASC)
GO
