SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBJC](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[ARTrans] [dbo].[bTrans] NULL,
	[ARLine] [smallint] NULL,
	[Description] [dbo].[bDesc] NULL,
	[ActDate] [dbo].[bDate] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[Invoice] [varchar](10) NULL,
	[BilledUnits] [dbo].[bUnits] NULL,
	[BilledAmt] [dbo].[bDollar] NULL,
	[Retainage] [dbo].[bDollar] NULL,
	[BilledTax] [dbo].[bDollar] NULL,
	[JBTransType] [char](1) NOT NULL CONSTRAINT [DF_bJBJC_JBTransType] DEFAULT ('J')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBJC] ON [dbo].[bJBJC] ([JBCo] ASC, [Mth] ASC, [BatchId] ASC, [JCCo] ASC, [Contract] ASC, [BatchSeq] ASC, [Item] ASC, [OldNew] ASC, [JBTransType] ASC)
GO
