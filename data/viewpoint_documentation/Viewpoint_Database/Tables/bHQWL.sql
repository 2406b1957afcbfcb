SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQWL](
	[Location] [char](10) NOT NULL,
	[Path] [varchar](132) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[LocType] [varchar](20) NOT NULL CONSTRAINT [DF_bHQWL_LocType] DEFAULT ('UNC'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQWL] ADD CONSTRAINT [PK_bHQWL] PRIMARY KEY CLUSTERED ([Location] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQWL] ([KeyID] ASC)
GO
