SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCDM](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[OpenRevAcct] [dbo].[bGLAcct] NULL,
	[ClosedRevAcct] [dbo].[bGLAcct] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCDM] ON [dbo].[bJCDM] ([JCCo] ASC, [Department] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCDM] ([KeyID] ASC)
GO
