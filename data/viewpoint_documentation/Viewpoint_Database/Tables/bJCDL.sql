SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCDL](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[LiabType] [dbo].[bLiabilityType] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[OpenBurdenAcct] [dbo].[bGLAcct] NULL,
	[ClosedBurdenAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCDL] ON [dbo].[bJCDL] ([JCCo] ASC, [Department] ASC, [LiabType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCDL] ([KeyID] ASC)
GO
