SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCXA](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Department] [dbo].[bDept] NULL,
	[Contract] [dbo].[bContract] NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amount] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCXA] ON [dbo].[bJCXA] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [GLCo] ASC, [GLAcct] ASC, [Department] ASC, [Contract] ASC)
GO
