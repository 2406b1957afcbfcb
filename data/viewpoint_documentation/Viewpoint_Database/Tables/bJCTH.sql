SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCTH](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[LiabTemplate] [smallint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCTH] ON [dbo].[bJCTH] ([JCCo] ASC, [LiabTemplate] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCTH] ([KeyID] ASC)
GO
