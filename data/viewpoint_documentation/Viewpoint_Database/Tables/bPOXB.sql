SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOXB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[Remaining] [dbo].[bDollar] NOT NULL,
	[CloseDate] [dbo].[bDate] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOXB] ON [dbo].[bPOXB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
