SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMVC](
	[ViewName] [varchar](10) NOT NULL,
	[ViewGrid] [smallint] NULL,
	[TableView] [varchar](20) NOT NULL,
	[ColumnName] [varchar](128) NOT NULL,
	[ColTitle] [varchar](30) NOT NULL,
	[ColSeq] [int] NOT NULL CONSTRAINT [DF_bPMVC_ColSeq] DEFAULT ((0)),
	[Visible] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMVC_Visible] DEFAULT ('Y'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Form] [varchar](30) NOT NULL,
	[GridCol] [smallint] NOT NULL CONSTRAINT [DF_bPMVC_GridCol] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMVC] ADD CONSTRAINT [PK_bPMVC] PRIMARY KEY CLUSTERED ([ViewName] ASC, [Form] ASC, [ColSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMVC] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMVC] WITH CHECK ADD CONSTRAINT [FK_bPMVC_bPMVG] FOREIGN KEY([ViewName], [Form]) REFERENCES [dbo].[bPMVG] ([ViewName], [Form])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMVC].[Visible]'
GO
