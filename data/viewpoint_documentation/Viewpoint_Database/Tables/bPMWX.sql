SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMWX](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[ImportId] [varchar](10) NOT NULL,
	[Seq] [int] NOT NULL,
	[DataRow] [varchar](max) NULL,
	[RecType] [varchar](10) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMWX] ON [dbo].[bPMWX] ([PMCo] ASC, [ImportId] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[bPMWX] WITH CHECK ADD CONSTRAINT [FK_bPMWX_bPMWH] FOREIGN KEY([PMCo], [ImportId]) REFERENCES [dbo].[bPMWH] ([PMCo], [ImportId])
GO
