SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRAE](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[Seq] [tinyint] NOT NULL,
	[PaySeq] [tinyint] NULL,
	[PRDept] [dbo].[bDept] NULL,
	[InsCode] [dbo].[bInsCode] NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[RevCode] [dbo].[bRevCode] NULL,
	[UsageUnits] [dbo].[bHrs] NULL,
	[StdHours] [dbo].[bYN] NOT NULL,
	[Hours] [dbo].[bHrs] NULL,
	[RateAmt] [dbo].[bUnitCost] NOT NULL,
	[LimitOvrAmt] [dbo].[bDollar] NOT NULL,
	[Frequency] [dbo].[bFreq] NOT NULL,
	[Notes] [varchar](max) NULL,
	[OvrStdLimitYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRAE_OvrStdLimitYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[MechanicsCC] [dbo].[bCostCode] NULL,
	[EquipMechOpt] [char](1) NOT NULL CONSTRAINT [DF_bPRAE_EquipMechOpt] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UseRegRate] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRAE_UseRegRate] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPRAE] ADD CONSTRAINT [PK_bPRAE_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPRAE] ON [dbo].[bPRAE] ([PRCo] ASC, [Employee] ASC, [EarnCode] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRAE] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRAE].[StdHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRAE].[RateAmt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRAE].[OvrStdLimitYN]'
GO
