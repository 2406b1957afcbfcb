SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQCX](
	[CompGroup] [varchar](10) NOT NULL,
	[CompCode] [dbo].[bCompCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQCX] ON [dbo].[bHQCX] ([CompGroup] ASC, [CompCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQCX] ([KeyID] ASC)
GO
