SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMAG](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[AllocCode] [tinyint] NOT NULL,
	[Category] [varchar](10) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMAG] ON [dbo].[bEMAG] ([EMCo] ASC, [AllocCode] ASC, [Category] ASC)
GO
