SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDE](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRDept] [dbo].[bDept] NOT NULL,
	[EarnType] [dbo].[bEarnType] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[JCAppEarnGLAcct] [dbo].[bGLAcct] NULL,
	[EMAppEarnGLAcct] [dbo].[bGLAcct] NULL,
	[IntercoAppEarnGLAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SMAppEarnGLAcct] [dbo].[bGLAcct] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDE] ON [dbo].[bPRDE] ([PRCo] ASC, [PRDept] ASC, [EarnType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRDE] ([KeyID] ASC)
GO
