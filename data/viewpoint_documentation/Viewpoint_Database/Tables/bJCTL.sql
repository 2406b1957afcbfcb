SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCTL](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[LiabTemplate] [smallint] NOT NULL,
	[LiabType] [dbo].[bLiabilityType] NOT NULL,
	[PhaseGroup] [tinyint] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[CalcMethod] [char](1) NULL,
	[LiabilityRate] [dbo].[bRate] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCTL] ON [dbo].[bJCTL] ([JCCo] ASC, [LiabTemplate] ASC, [LiabType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCTL] ([KeyID] ASC)
GO
