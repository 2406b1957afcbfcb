SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPTB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[ExpMth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[Description] [dbo].[bDesc] NULL,
	[InvDate] [dbo].[bDate] NOT NULL,
	[Gross] [dbo].[bDollar] NOT NULL,
	[Retainage] [dbo].[bDollar] NOT NULL,
	[PrevPaid] [dbo].[bDollar] NOT NULL,
	[PrevDisc] [dbo].[bDollar] NOT NULL,
	[Balance] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPTB] ON [dbo].[bAPTB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC, [ExpMth] ASC, [APTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPTB] ([KeyID] ASC)
GO
