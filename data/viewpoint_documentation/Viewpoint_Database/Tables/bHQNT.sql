SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQNT](
	[StdNote] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[CreatedBy] [varchar](20) NULL,
	[CreationDate] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQNT] ON [dbo].[bHQNT] ([StdNote] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQNT] ([KeyID] ASC)
GO
