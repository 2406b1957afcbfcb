SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMSD](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[EMTrans] [dbo].[bTrans] NOT NULL,
	[Line] [int] NOT NULL,
	[UsageDate] [dbo].[bDate] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[OnRoadLoaded] [dbo].[bHrs] NULL,
	[OnRoadUnLoaded] [dbo].[bHrs] NULL,
	[OffRoad] [dbo].[bHrs] NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMSD] ON [dbo].[bEMSD] ([Co] ASC, [Mth] ASC, [EMTrans] ASC, [Line] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMSD] ([KeyID] ASC)
GO
