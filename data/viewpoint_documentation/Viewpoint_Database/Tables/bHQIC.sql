SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQIC](
	[InsCode] [dbo].[bInsCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQIC] ON [dbo].[bHQIC] ([InsCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQIC] ([KeyID] ASC)
GO
