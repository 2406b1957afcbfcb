SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQSM](
	[SMSACode] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[MinGoal] [dbo].[bPct] NOT NULL,
	[FemGoal] [dbo].[bPct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQSM] ON [dbo].[bHQSM] ([SMSACode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQSM] ([KeyID] ASC)
GO
