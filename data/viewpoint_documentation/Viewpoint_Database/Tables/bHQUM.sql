SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQUM](
	[UM] [dbo].[bUM] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ExcludeFromLookup] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQUM_ExcludeFromLookup] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQUM] ON [dbo].[bHQUM] ([UM] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQUM] ([KeyID] ASC)
GO
