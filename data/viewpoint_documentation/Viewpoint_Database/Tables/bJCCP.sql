SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCCP](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[ActualHours] [dbo].[bHrs] NOT NULL,
	[ActualUnits] [dbo].[bUnits] NOT NULL,
	[ActualCost] [dbo].[bDollar] NOT NULL,
	[OrigEstHours] [dbo].[bHrs] NOT NULL,
	[OrigEstUnits] [dbo].[bUnits] NOT NULL,
	[OrigEstCost] [dbo].[bDollar] NOT NULL,
	[CurrEstHours] [dbo].[bHrs] NOT NULL,
	[CurrEstUnits] [dbo].[bUnits] NOT NULL,
	[CurrEstCost] [dbo].[bDollar] NOT NULL,
	[ProjHours] [dbo].[bHrs] NOT NULL,
	[ProjUnits] [dbo].[bUnits] NOT NULL,
	[ProjCost] [dbo].[bDollar] NOT NULL,
	[ForecastHours] [dbo].[bHrs] NOT NULL,
	[ForecastUnits] [dbo].[bUnits] NOT NULL,
	[ForecastCost] [dbo].[bDollar] NOT NULL,
	[TotalCmtdUnits] [dbo].[bUnits] NOT NULL,
	[TotalCmtdCost] [dbo].[bDollar] NOT NULL,
	[RemainCmtdUnits] [dbo].[bUnits] NOT NULL,
	[RemainCmtdCost] [dbo].[bDollar] NOT NULL,
	[RecvdNotInvcdUnits] [dbo].[bUnits] NOT NULL,
	[RecvdNotInvcdCost] [dbo].[bDollar] NOT NULL,
	[ProjPlug] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCP_ProjPlug] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bJCCP_JCCoJobPhase] ON [dbo].[bJCCP] ([JCCo] ASC, [Job] ASC, [Phase] ASC, [PhaseGroup] ASC, [CostType] ASC, [Mth] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ActualHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ActualUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ActualCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[OrigEstHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[OrigEstUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[OrigEstCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[CurrEstHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[CurrEstUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[CurrEstCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ProjHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ProjUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ProjCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ForecastHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ForecastUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[ForecastCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[TotalCmtdUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[TotalCmtdCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[RemainCmtdUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[RemainCmtdCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[RecvdNotInvcdUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCP].[RecvdNotInvcdCost]'
GO
