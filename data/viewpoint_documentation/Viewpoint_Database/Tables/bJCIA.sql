SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCIA](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[ItemTrans] [dbo].[bTrans] NULL,
	[Contract] [dbo].[bContract] NULL,
	[Item] [dbo].[bContractItem] NULL,
	[JCTransType] [varchar](2) NULL,
	[ActDate] [smalldatetime] NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[Amount] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCIA] ON [dbo].[bJCIA] ([JCCo] ASC, [Mth] ASC, [BatchId] ASC, [GLCo] ASC, [GLAcct] ASC, [BatchSeq] ASC, [OldNew] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCIA].[Amount]'
GO
