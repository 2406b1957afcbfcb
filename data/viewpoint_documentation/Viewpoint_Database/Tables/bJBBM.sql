SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBBM](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[MiscDistCode] [char](10) NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[ARTrans] [dbo].[bTrans] NULL,
	[DistDate] [dbo].[bDate] NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amount] [dbo].[bDollar] NULL,
	[oldDistDate] [dbo].[bDate] NULL,
	[oldDescription] [dbo].[bDesc] NULL,
	[oldAmount] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBBM] ON [dbo].[bJBBM] ([JBCo] ASC, [Mth] ASC, [BatchId] ASC, [CustGroup] ASC, [BatchSeq] ASC, [MiscDistCode] ASC)
GO
