SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDP](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRDept] [dbo].[bDept] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[JCFixedRateGLAcct] [dbo].[bGLAcct] NULL,
	[EMFixedRateGLAcct] [dbo].[bGLAcct] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRDP] ON [dbo].[bPRDP] ([PRCo] ASC, [PRDept] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRDP] ([KeyID] ASC)
GO
