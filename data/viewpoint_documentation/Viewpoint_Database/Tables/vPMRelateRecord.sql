SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMRelateRecord](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[RecTableName] [nvarchar](128) NOT NULL,
	[RECID] [bigint] NOT NULL,
	[LinkTableName] [nvarchar](128) NOT NULL,
	[LINKID] [bigint] NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMRelateRecord] ADD CONSTRAINT [PK_vPMRelateRecord] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMRelateRecord_Link] ON [dbo].[vPMRelateRecord] ([RecTableName] ASC, [RECID] ASC, [LinkTableName] ASC, [LINKID] ASC)
GO
