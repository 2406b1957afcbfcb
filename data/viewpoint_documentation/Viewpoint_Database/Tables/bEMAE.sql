SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMAE](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[AllocCode] [tinyint] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMAE] ON [dbo].[bEMAE] ([EMCo] ASC, [AllocCode] ASC, [Equipment] ASC)
GO
