SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBTC](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[Seq] [int] NOT NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[APYN] [dbo].[bYN] NOT NULL,
	[EMYN] [dbo].[bYN] NOT NULL,
	[INYN] [dbo].[bYN] NOT NULL,
	[JCYN] [dbo].[bYN] NOT NULL,
	[MSYN] [dbo].[bYN] NOT NULL,
	[PRYN] [dbo].[bYN] NOT NULL,
	[Category] [varchar](10) NULL,
	[LiabilityType] [dbo].[bLiabilityType] NULL,
	[EarnType] [dbo].[bEarnType] NULL,
	[EarnLiabTypeOpt] [char](1) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBTC] ON [dbo].[bJBTC] ([JBCo] ASC, [Template] ASC, [Seq] ASC, [PhaseGroup] ASC, [CostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJBTC_SeqUnique] ON [dbo].[bJBTC] ([JBCo] ASC, [Template] ASC, [PhaseGroup] ASC, [CostType] ASC, [APYN] ASC, [EMYN] ASC, [INYN] ASC, [JCYN] ASC, [MSYN] ASC, [PRYN] ASC, [Category] ASC, [EarnLiabTypeOpt] ASC, [LiabilityType] ASC, [EarnType] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTC].[APYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTC].[EMYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTC].[INYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTC].[JCYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTC].[MSYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTC].[PRYN]'
GO
