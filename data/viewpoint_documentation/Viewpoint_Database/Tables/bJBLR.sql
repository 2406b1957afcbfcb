SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBLR](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[LaborCategory] [varchar](20) NOT NULL,
	[Seq] [int] NOT NULL,
	[RestrictByEarn] [dbo].[bYN] NOT NULL,
	[EarnType] [dbo].[bEarnType] NULL,
	[RestrictByFactor] [dbo].[bYN] NOT NULL,
	[Factor] [dbo].[bRate] NULL,
	[RestrictByShift] [dbo].[bYN] NOT NULL,
	[Shift] [tinyint] NULL,
	[RateOpt] [char](1) NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[NewRate] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bJBLR_NewRate] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBLR] ON [dbo].[bJBLR] ([JBCo] ASC, [Template] ASC, [LaborCategory] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJBLR_EarnFactShift] ON [dbo].[bJBLR] ([JBCo] ASC, [LaborCategory] ASC, [Template] ASC, [RestrictByEarn] ASC, [EarnType] ASC, [RestrictByFactor] ASC, [Factor] ASC, [RestrictByShift] ASC, [Shift] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBLR] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLR].[RestrictByEarn]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLR].[RestrictByFactor]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLR].[RestrictByShift]'
GO
