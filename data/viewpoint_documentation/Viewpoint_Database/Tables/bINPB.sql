SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINPB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[ProdLoc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[FinMatl] [dbo].[bMatl] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[INTrans] [dbo].[bTrans] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINPB] ON [dbo].[bINPB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINPB] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bINPB].[ECM]'
GO
