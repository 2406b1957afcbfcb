SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMDG](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bEMCType] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMDG] ON [dbo].[bEMDG] ([EMCo] ASC, [Department] ASC, [EMGroup] ASC, [CostType] ASC)
GO
