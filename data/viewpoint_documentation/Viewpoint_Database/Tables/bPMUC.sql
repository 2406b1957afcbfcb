SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMUC](
	[Template] [varchar](10) NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[CreateCostType] [dbo].[bJCCType] NOT NULL,
	[UseUM] [dbo].[bYN] NOT NULL,
	[UseUnits] [dbo].[bYN] NOT NULL,
	[UseHours] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMUC] ON [dbo].[bPMUC] ([Template] ASC, [PhaseGroup] ASC, [CostType] ASC, [CreateCostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMUC] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMUC] WITH CHECK ADD CONSTRAINT [FK_bPMUC_bPMUT] FOREIGN KEY([Template]) REFERENCES [dbo].[bPMUT] ([Template])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUC].[UseUM]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUC].[UseUM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUC].[UseUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUC].[UseUnits]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUC].[UseHours]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUC].[UseHours]'
GO
