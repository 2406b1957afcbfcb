SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINAB](
	[Co] [dbo].[bCompany] NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[INTrans] [int] NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NOT NULL,
	[TotalCost] [dbo].[bDollar] NOT NULL,
	[OldLoc] [dbo].[bLoc] NULL,
	[OldMaterial] [dbo].[bMatl] NULL,
	[OldActDate] [dbo].[bDate] NULL,
	[OldDescription] [dbo].[bDesc] NULL,
	[OldGLAcct] [dbo].[bGLAcct] NULL,
	[OldUnits] [dbo].[bUnits] NULL,
	[OldUnitCost] [dbo].[bUnitCost] NULL,
	[OldECM] [dbo].[bECM] NULL,
	[OldTotalCost] [dbo].[bDollar] NULL,
	[BatchType] [varchar](15) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINAB] ON [dbo].[bINAB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINAB] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINAB].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINAB].[OldECM]'
GO
