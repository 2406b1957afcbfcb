SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLAD](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[Addon] [tinyint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Type] [char](1) NOT NULL,
	[Pct] [dbo].[bPct] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ApplyPct] [dbo].[bYN] NOT NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCCType] [dbo].[bJCCType] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLAD] ON [dbo].[bSLAD] ([SLCo] ASC, [Addon] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLAD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLAD].[ApplyPct]'
GO
