SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCPC](
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[BillFlag] [char](1) NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[ItemUnitFlag] [dbo].[bYN] NOT NULL,
	[PhaseUnitFlag] [dbo].[bYN] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCPC] ON [dbo].[bJCPC] ([PhaseGroup] ASC, [Phase] ASC, [CostType] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCPC].[ItemUnitFlag]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCPC].[PhaseUnitFlag]'
GO
