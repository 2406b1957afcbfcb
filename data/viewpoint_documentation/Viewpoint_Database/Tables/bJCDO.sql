SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCDO](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[OpenWIPAcct] [dbo].[bGLAcct] NULL,
	[ClosedExpAcct] [dbo].[bGLAcct] NULL,
	[ExcludePR] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCDO] ON [dbo].[bJCDO] ([JCCo] ASC, [Department] ASC, [PhaseGroup] ASC, [Phase] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCDO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCDO].[ExcludePR]'
GO
