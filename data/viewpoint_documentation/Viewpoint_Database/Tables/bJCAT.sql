SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCAT](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[AllocCode] [tinyint] NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCAT] ON [dbo].[bJCAT] ([JCCo] ASC, [AllocCode] ASC, [PhaseGroup] ASC, [CostType] ASC)
GO
