SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDG](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRDept] [dbo].[bDept] NOT NULL,
	[LiabType] [dbo].[bLiabilityType] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[JCAppBurdenGLAcct] [dbo].[bGLAcct] NULL,
	[EMAppBurdenGLAcct] [dbo].[bGLAcct] NULL,
	[IntercoAppBurdenGLAcct] [dbo].[bGLAcct] NULL,
	[SMAppBurdenGLAcct] [dbo].[bGLAcct] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDG] ON [dbo].[bPRDG] ([PRCo] ASC, [PRDept] ASC, [LiabType] ASC)
GO
