SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMUD](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Sequence] [smallint] NOT NULL,
	[RulesTable] [varchar](10) NOT NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[MoreThanHrs] [dbo].[bHrs] NOT NULL,
	[LessThanHrs] [dbo].[bHrs] NOT NULL,
	[RevCode] [dbo].[bRevCode] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMUD] ON [dbo].[bEMUD] ([EMCo] ASC, [Sequence] ASC, [RulesTable] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMUD] ([KeyID] ASC)
GO
