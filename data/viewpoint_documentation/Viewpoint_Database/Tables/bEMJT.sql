SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMJT](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[AUTemplate] [varchar](10) NULL,
	[RevTemplate] [varchar](10) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMJT] ON [dbo].[bEMJT] ([EMCo] ASC, [JCCo] ASC, [Job] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMJT] ([KeyID] ASC)
GO
