SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQWO](
	[TemplateType] [char](10) NOT NULL,
	[DocObject] [varchar](30) NOT NULL,
	[LinkedDocObject] [varchar](30) NULL,
	[ObjectTable] [varchar](30) NOT NULL,
	[Required] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWO_Required] DEFAULT ('N'),
	[JoinOrder] [tinyint] NOT NULL,
	[Alias] [varchar](2) NOT NULL,
	[JoinClause] [varchar](255) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[WordTable] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWO_WordTable] DEFAULT ('N'),
	[StdObject] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWO_StdObject] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQWO] ADD CONSTRAINT [PK_bHQWO] PRIMARY KEY CLUSTERED ([TemplateType] ASC, [DocObject] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQWO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQWO].[Required]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQWO].[WordTable]'
GO
