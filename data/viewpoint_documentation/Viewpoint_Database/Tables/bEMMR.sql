SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMMR](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[EMTrans] [dbo].[bTrans] NOT NULL,
	[BatchId] [dbo].[bBatchID] NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[PostingDate] [dbo].[bDate] NOT NULL,
	[ReadingDate] [dbo].[bDate] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[PreviousHourMeter] [dbo].[bHrs] NOT NULL,
	[CurrentHourMeter] [dbo].[bHrs] NOT NULL,
	[PreviousTotalHourMeter] [dbo].[bHrs] NOT NULL,
	[CurrentTotalHourMeter] [dbo].[bHrs] NOT NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[PreviousOdometer] [dbo].[bHrs] NOT NULL,
	[CurrentOdometer] [dbo].[bHrs] NOT NULL,
	[PreviousTotalOdometer] [dbo].[bHrs] NOT NULL,
	[CurrentTotalOdometer] [dbo].[bHrs] NOT NULL,
	[Miles] [dbo].[bHrs] NOT NULL,
	[InUseBatchID] [dbo].[bBatchID] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMMR] ON [dbo].[bEMMR] ([EMCo] ASC, [Mth] ASC, [EMTrans] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMMREquip] ON [dbo].[bEMMR] ([EMCo] ASC, [Equipment] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMMRAttchID] ON [dbo].[bEMMR] ([UniqueAttchID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMMR] ([KeyID] ASC)
GO
