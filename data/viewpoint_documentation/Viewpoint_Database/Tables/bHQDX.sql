SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQDX](
	[Co] [dbo].[bCompany] NOT NULL,
	[Package] [varchar](20) NOT NULL,
	[TriggerName] [varchar](10) NOT NULL,
	[Enable] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQDX_Enable] DEFAULT ('N'),
	[StdXMLFormat] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQDX_StdXMLFormat] DEFAULT ('N'),
	[UserStoredProc] [varchar](30) NULL,
	[ExportDirectory] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQDX] ON [dbo].[bHQDX] ([Co] ASC, [Package] ASC, [TriggerName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQDX] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQDX].[Enable]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQDX].[StdXMLFormat]'
GO
