SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCDE](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[EarnType] [dbo].[bEarnType] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[OpenLaborAcct] [dbo].[bGLAcct] NULL,
	[ClosedLaborAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCDE] ON [dbo].[bJCDE] ([JCCo] ASC, [Department] ASC, [EarnType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCDE] ([KeyID] ASC)
GO
