SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMAD](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[AllocCode] [tinyint] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMAD] ON [dbo].[bEMAD] ([EMCo] ASC, [AllocCode] ASC, [Department] ASC)
GO
