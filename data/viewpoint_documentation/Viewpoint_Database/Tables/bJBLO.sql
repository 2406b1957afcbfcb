SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBLO](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[LaborCategory] [varchar](20) NOT NULL,
	[Seq] [int] NOT NULL,
	[RestrictByEmployee] [dbo].[bYN] NOT NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[RestrictByClass] [dbo].[bYN] NOT NULL,
	[Class] [dbo].[bClass] NULL,
	[RestrictByCraft] [dbo].[bYN] NOT NULL,
	[Craft] [dbo].[bCraft] NULL,
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
	[NewRate] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bJBLO_NewRate] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBLO] ON [dbo].[bJBLO] ([JBCo] ASC, [Template] ASC, [LaborCategory] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJBLO_EmplClassCraft] ON [dbo].[bJBLO] ([JBCo] ASC, [Template] ASC, [LaborCategory] ASC, [RestrictByEmployee] ASC, [PRCo] ASC, [Employee] ASC, [RestrictByClass] ASC, [Class] ASC, [RestrictByCraft] ASC, [Craft] ASC, [RestrictByEarn] ASC, [EarnType] ASC, [RestrictByFactor] ASC, [Factor] ASC, [RestrictByShift] ASC, [Shift] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBLO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLO].[RestrictByEmployee]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLO].[RestrictByClass]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLO].[RestrictByCraft]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLO].[RestrictByEarn]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLO].[RestrictByFactor]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBLO].[RestrictByShift]'
GO
