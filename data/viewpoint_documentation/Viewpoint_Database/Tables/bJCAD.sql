SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCAD](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[AllocCode] [tinyint] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCAD] ON [dbo].[bJCAD] ([JCCo] ASC, [AllocCode] ASC, [Department] ASC)
GO
