SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCCT](
	[PhaseGroup] [tinyint] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Abbreviation] [varchar](10) NULL,
	[TrackHours] [dbo].[bYN] NULL,
	[LinkProgress] [dbo].[bJCCType] NULL,
	[Notes] [varchar](max) NULL,
	[JBCostTypeCategory] [char](1) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCCT] ON [dbo].[bJCCT] ([PhaseGroup] ASC, [CostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCCT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCT].[TrackHours]'
GO
