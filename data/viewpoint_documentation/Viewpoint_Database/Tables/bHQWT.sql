SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQWT](
	[TemplateType] [char](10) NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[Notes] [varchar](max) NULL,
	[WordTable] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQWT_WordTable] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQWT] ON [dbo].[bHQWT] ([TemplateType] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQWT].[WordTable]'
GO
