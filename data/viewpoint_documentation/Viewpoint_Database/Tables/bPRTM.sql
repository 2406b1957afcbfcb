SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTM](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Template] [smallint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTM] ON [dbo].[bPRTM] ([PRCo] ASC, [Template] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRTM] ([KeyID] ASC)
GO
