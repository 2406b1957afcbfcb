SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQTC](
	[TableName] [char](20) NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[LastTrans] [dbo].[bTrans] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQTC] ON [dbo].[bHQTC] ([TableName] ASC, [Co] ASC, [Mth] ASC)
GO
