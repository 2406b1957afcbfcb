SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCCH](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[PhaseGroup] [tinyint] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[BillFlag] [char](1) NOT NULL,
	[ItemUnitFlag] [dbo].[bYN] NOT NULL,
	[PhaseUnitFlag] [dbo].[bYN] NOT NULL,
	[BuyOutYN] [dbo].[bYN] NOT NULL,
	[LastProjDate] [smalldatetime] NULL,
	[Plugged] [dbo].[bYN] NOT NULL,
	[ActiveYN] [dbo].[bYN] NOT NULL,
	[OrigHours] [dbo].[bHrs] NOT NULL,
	[OrigUnits] [dbo].[bUnits] NOT NULL,
	[OrigCost] [dbo].[bDollar] NOT NULL,
	[ProjNotes] [varchar](max) NULL,
	[SourceStatus] [char](1) NOT NULL CONSTRAINT [DF_bJCCH_SourceStatus] DEFAULT ('J'),
	[InterfaceDate] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCCH] ON [dbo].[bJCCH] ([JCCo] ASC, [Job] ASC, [PhaseGroup] ASC, [Phase] ASC, [CostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCCH] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [_dta_index_bJCCH_52_2023678257__K3_K1_K2_K4_K5_K6] ON [dbo].[bJCCH] ([PhaseGroup] ASC, [JCCo] ASC, [Job] ASC, [Phase] ASC, [CostType] ASC, [UM] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCH].[ItemUnitFlag]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJCCH].[ItemUnitFlag]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCH].[PhaseUnitFlag]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJCCH].[PhaseUnitFlag]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCH].[BuyOutYN]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJCCH].[BuyOutYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCH].[Plugged]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJCCH].[Plugged]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCH].[ActiveYN]'
GO
EXEC sp_bindefault N'[dbo].[bdYes]', N'[dbo].[bJCCH].[ActiveYN]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCH].[OrigHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCH].[OrigUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCH].[OrigCost]'
GO
