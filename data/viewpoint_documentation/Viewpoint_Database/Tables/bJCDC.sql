SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCDC](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[OpenWIPAcct] [dbo].[bGLAcct] NULL,
	[ClosedExpAcct] [dbo].[bGLAcct] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCDC] ON [dbo].[bJCDC] ([JCCo] ASC, [Department] ASC, [PhaseGroup] ASC, [CostType] ASC)
GO
