SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMVG](
	[ViewName] [varchar](10) NOT NULL,
	[ViewGrid] [smallint] NULL,
	[GridTitle] [dbo].[bDesc] NULL,
	[Hide] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMVG_Hide] DEFAULT ('Y'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Form] [varchar](30) NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMVG] ADD CONSTRAINT [PK_bPMVG] PRIMARY KEY CLUSTERED ([ViewName] ASC, [Form] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMVG] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMVG].[Hide]'
GO
