SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMUR](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[RulesTable] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[JTDorPDFlag] [char](1) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMUR] ON [dbo].[bEMUR] ([EMCo] ASC, [RulesTable] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMUR] ([KeyID] ASC)
GO
