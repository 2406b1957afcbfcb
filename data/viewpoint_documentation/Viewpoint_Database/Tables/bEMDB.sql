SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMDB](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[RevBdownCode] [varchar](10) NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMDB] ON [dbo].[bEMDB] ([EMCo] ASC, [Department] ASC, [EMGroup] ASC, [RevBdownCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMDB] ([KeyID] ASC)
GO
