SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARBA](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[ARLine] [smallint] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[ARTrans] [dbo].[bTrans] NULL,
	[ARTransType] [char](1) NOT NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[SortName] [varchar](15) NULL,
	[Invoice] [varchar](10) NULL,
	[CheckNo] [varchar](10) NULL,
	[Contract] [dbo].[bContract] NULL,
	[ContractItem] [dbo].[bContractItem] NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[Job] [dbo].[bJob] NULL,
	[Equipment] [dbo].[bEquip] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARBA] ON [dbo].[bARBA] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [GLCo] ASC, [GLAcct] ASC, [BatchSeq] ASC, [ARLine] ASC, [OldNew] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARBA].[Amount]'
GO
