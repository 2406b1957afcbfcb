SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCRU](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[RollupCode] [varchar](5) NOT NULL,
	[RollupDesc] [varchar](50) NULL,
	[RollupType] [char](1) NOT NULL,
	[RollupSel] [char](1) NOT NULL,
	[RollupSourceAP] [char](1) NOT NULL,
	[RollupSourceMS] [char](1) NOT NULL,
	[RollupSourceIN] [char](1) NOT NULL,
	[RollupSourcePR] [char](1) NOT NULL,
	[RollupSourceAR] [char](1) NOT NULL,
	[RollupSourceJC] [char](1) NOT NULL,
	[RollupSourceEM] [char](1) NOT NULL,
	[SummaryLevel] [char](1) NOT NULL,
	[MonthsBack] [int] NOT NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCRU] ON [dbo].[bJCRU] ([JCCo] ASC, [RollupCode] ASC)
GO
