SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMAT](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[AllocCode] [tinyint] NOT NULL,
	[CostType] [dbo].[bEMCType] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMAT] ON [dbo].[bEMAT] ([EMCo] ASC, [AllocCode] ASC, [CostType] ASC, [EMGroup] ASC)
GO
