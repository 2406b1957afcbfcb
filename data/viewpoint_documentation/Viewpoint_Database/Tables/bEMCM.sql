SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMCM](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Category] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[JobFlag] [char](1) NOT NULL,
	[PRClass] [dbo].[bClass] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMCM] ON [dbo].[bEMCM] ([EMCo] ASC, [Category] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMCM] ([KeyID] ASC)
GO
