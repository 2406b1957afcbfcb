SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMMH](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[EMTrans] [dbo].[bTrans] NULL,
	[BatchTransType] [varchar](20) NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[PostedDate] [dbo].[bDate] NULL,
	[ReadingDate] [dbo].[bDate] NOT NULL,
	[BeginOdo] [dbo].[bUnits] NOT NULL,
	[EndOdo] [dbo].[bUnits] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[OldEquipment] [dbo].[bEquip] NULL,
	[OldPostedDate] [dbo].[bDate] NULL,
	[OldReadingDate] [dbo].[bDate] NULL,
	[OldBeginOdo] [dbo].[bUnits] NULL,
	[OldEndOdo] [dbo].[bUnits] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMMH] ON [dbo].[bEMMH] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMMH] ([KeyID] ASC)
GO
