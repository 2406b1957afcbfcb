SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMBC](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[EMTrans] [dbo].[bTrans] NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[RevBdownCode] [varchar](10) NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[Account] [dbo].[bGLAcct] NULL,
	[BdownRate] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMBC] ON [dbo].[bEMBC] ([EMCo] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC, [OldNew] ASC, [RevCode] ASC, [RevBdownCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMBC] ([KeyID] ASC)
GO
