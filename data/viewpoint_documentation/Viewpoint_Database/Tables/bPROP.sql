SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPROP](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[OccupCat] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ReportSeq] [smallint] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPROP] ON [dbo].[bPROP] ([PRCo] ASC, [OccupCat] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPROP] ([KeyID] ASC)
GO
