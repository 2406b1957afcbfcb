SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCOD](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[ACOItem] [dbo].[bACOItem] NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[MonthAdded] [dbo].[bMonth] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[EstHours] [dbo].[bHrs] NOT NULL,
	[EstUnits] [dbo].[bUnits] NOT NULL,
	[EstCost] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCOD] ON [dbo].[bJCOD] ([JCCo] ASC, [Job] ASC, [ACO] ASC, [ACOItem] ASC, [PhaseGroup] ASC, [Phase] ASC, [CostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCOD] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCOD].[UnitCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCOD].[EstHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCOD].[EstUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCOD].[EstCost]'
GO
