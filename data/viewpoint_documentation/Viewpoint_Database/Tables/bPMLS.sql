SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMLS](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[DocCat] [varchar](10) NOT NULL,
	[TableName] [varchar](50) NOT NULL,
	[ColumnName] [varchar](50) NOT NULL,
	[ColumnAlias] [varchar](50) NULL,
	[ColumnType] [varchar](20) NOT NULL,
	[Visible] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMLS_Visible] DEFAULT ('Y'),
	CONSTRAINT [CK_bPMLS_Visible] CHECK ([Visible]='N' OR [Visible]='Y')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMLS] ADD CONSTRAINT [PK_bPMLS] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_bPMLS_DocCatTableColumn] ON [dbo].[bPMLS] ([DocCat] ASC, [TableName] ASC, [ColumnName] ASC)
GO
ALTER TABLE [dbo].[bPMLS] WITH CHECK ADD CONSTRAINT [FK_bPMLS_bPMCU] FOREIGN KEY([DocCat]) REFERENCES [dbo].[bPMCU] ([DocCat])
GO
