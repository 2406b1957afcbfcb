SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMAH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[AllocCode] [tinyint] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[SelectEquip] [char](1) NOT NULL,
	[SelectCatgy] [char](1) NOT NULL,
	[SelectDept] [char](1) NOT NULL,
	[AllocBasis] [char](1) NOT NULL,
	[BasisCol] [varchar](30) NULL,
	[AmtRateFlag] [char](1) NOT NULL,
	[AllocAmount] [dbo].[bDollar] NULL,
	[EquipAmtCol] [varchar](30) NULL,
	[AllocRate] [dbo].[bRate] NULL,
	[EquipRateCol] [varchar](30) NULL,
	[MthDateFlag] [char](1) NOT NULL,
	[LastPosted] [dbo].[bDate] NULL,
	[LastMonth] [dbo].[bMonth] NULL,
	[LastEndDate] [dbo].[bDate] NULL,
	[LastBeginDate] [dbo].[bDate] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[CostType] [dbo].[bEMCType] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLDebitAcct] [dbo].[bGLAcct] NULL,
	[GLCreditAcct] [dbo].[bGLAcct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[PrevPosted] [dbo].[bDate] NULL,
	[PrevMonth] [dbo].[bMonth] NULL,
	[PrevBeginDate] [dbo].[bDate] NULL,
	[PrevEndDate] [dbo].[bDate] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMAH] ON [dbo].[bEMAH] ([EMCo] ASC, [AllocCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMAH] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bEMAH].[AllocRate]'
GO
