SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINTB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[FromLoc] [dbo].[bLoc] NOT NULL,
	[ToLoc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NOT NULL,
	[TotalCost] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[INTrans] [dbo].[bTrans] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINTB] ON [dbo].[bINTB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINTB] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINTB].[ECM]'
GO
