SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQResponseValue](
	[ValueCode] [varchar](20) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQResponseValue] ADD CONSTRAINT [PK_vHQResponseValue] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vHQResponseValue_ValueCode] ON [dbo].[vHQResponseValue] ([ValueCode] ASC)
GO
