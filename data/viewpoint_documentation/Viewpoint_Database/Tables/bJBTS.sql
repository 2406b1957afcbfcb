SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBTS](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[Seq] [int] NOT NULL,
	[Type] [char](1) NOT NULL,
	[GroupNum] [int] NULL,
	[Description] [varchar](128) NULL,
	[APYN] [dbo].[bYN] NOT NULL,
	[EMYN] [dbo].[bYN] NOT NULL,
	[INYN] [dbo].[bYN] NOT NULL,
	[JCYN] [dbo].[bYN] NOT NULL,
	[MSYN] [dbo].[bYN] NOT NULL,
	[PRYN] [dbo].[bYN] NOT NULL,
	[Category] [varchar](10) NULL,
	[SummaryOpt] [tinyint] NULL,
	[SortLevel] [tinyint] NULL,
	[EarnLiabTypeOpt] [char](1) NULL,
	[LiabilityType] [dbo].[bLiabilityType] NULL,
	[EarnType] [dbo].[bEarnType] NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[MiscDistCode] [char](10) NULL,
	[PriceOpt] [char](1) NULL,
	[MarkupOpt] [char](1) NOT NULL,
	[MarkupRate] [numeric](17, 6) NOT NULL,
	[FlatAmtOpt] [char](1) NULL,
	[AddonAmt] [dbo].[bDollar] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ContractItem] [dbo].[bContractItem] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBTS] ON [dbo].[bJBTS] ([JBCo] ASC, [Template] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBTS] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTS].[APYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTS].[EMYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTS].[INYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTS].[JCYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTS].[MSYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTS].[PRYN]'
GO
