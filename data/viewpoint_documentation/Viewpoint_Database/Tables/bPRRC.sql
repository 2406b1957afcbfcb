SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRRC](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Race] [char](2) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[EEOCat] [char](1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRRC] ON [dbo].[bPRRC] ([PRCo] ASC, [Race] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRRC] ([KeyID] ASC)
GO
