SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARBM](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[MiscDistCode] [char](10) NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[TransType] [char](1) NOT NULL,
	[ARTrans] [dbo].[bTrans] NULL,
	[DistDate] [dbo].[bDate] NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amount] [dbo].[bDollar] NULL,
	[oldDistDate] [dbo].[bDate] NULL,
	[oldDescription] [dbo].[bDesc] NULL,
	[oldAmount] [dbo].[bDollar] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARBM] ON [dbo].[bARBM] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [CustGroup] ASC, [MiscDistCode] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARBM] ([KeyID] ASC)
GO
