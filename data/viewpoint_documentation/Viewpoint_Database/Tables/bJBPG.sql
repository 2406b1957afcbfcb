SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBPG](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[ProcessGroup] [varchar](20) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ProgressFormat] [dbo].[bDesc] NULL,
	[TMFormat] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBPG] ON [dbo].[bJBPG] ([JBCo] ASC, [ProcessGroup] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBPG] ([KeyID] ASC)
GO
