SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCMP](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[ProjectMgr] [int] NOT NULL,
	[Name] [varchar](30) NOT NULL,
	[Phone] [dbo].[bPhone] NULL,
	[FAX] [dbo].[bPhone] NULL,
	[MobilePhone] [dbo].[bPhone] NULL,
	[Pager] [dbo].[bPhone] NULL,
	[Internet] [varchar](60) NULL,
	[Email] [varchar](60) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCMP] ON [dbo].[bJCMP] ([JCCo] ASC, [ProjectMgr] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCMP] ([KeyID] ASC)
GO
