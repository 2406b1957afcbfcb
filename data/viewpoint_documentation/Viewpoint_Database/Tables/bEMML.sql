SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMML](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[Line] [int] NOT NULL,
	[BatchTransType] [varchar](20) NULL,
	[EMTrans] [dbo].[bTrans] NULL,
	[UsageDate] [dbo].[bDate] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[OnRoadLoaded] [dbo].[bHrs] NULL,
	[OnRoadUnLoaded] [dbo].[bHrs] NULL,
	[OffRoad] [dbo].[bHrs] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[OldTrans] [dbo].[bTrans] NULL,
	[OldUsageDate] [dbo].[bDate] NULL,
	[OldState] [varchar](4) NULL,
	[OldOnRoadLoaded] [dbo].[bUnits] NULL,
	[OldOnRoadUnLoaded] [dbo].[bUnits] NULL,
	[OldOffRoad] [dbo].[bUnits] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMML] ON [dbo].[bEMML] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC, [Line] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMML] ([KeyID] ASC)
GO
