SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQMC](
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Category] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQMC] ON [dbo].[bHQMC] ([MatlGroup] ASC, [Category] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQMC] ([KeyID] ASC)
GO
