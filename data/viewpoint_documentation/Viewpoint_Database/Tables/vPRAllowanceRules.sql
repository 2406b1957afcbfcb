SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAllowanceRules](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AllowanceRuleName] [varchar](16) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[AllowanceRulesetName] [varchar](16) NOT NULL,
	[AllowanceRuleDesc] [dbo].[bDesc] NULL,
	[DayOfWeekSunday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_DayOfWeekSunday] DEFAULT ('N'),
	[DayOfWeekMonday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_DayOfWeekMonday] DEFAULT ('N'),
	[DayOfWeekTuesday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_DayOfWeekTuesday] DEFAULT ('N'),
	[DayOfWeekWednesday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_DayOfWeekWednesday] DEFAULT ('N'),
	[DayOfWeekThursday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_DayOfWeekThursday] DEFAULT ('N'),
	[DayOfWeekFriday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_DayOfWeekFriday] DEFAULT ('N'),
	[DayOfWeekSaturday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_DayOfWeekSaturday] DEFAULT ('N'),
	[Holiday] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAllowanceRules_Holiday] DEFAULT ('N'),
	[Threshold] [dbo].[bHrs] NOT NULL,
	[CalcMethod] [char](1) NOT NULL,
	[RateAmount] [dbo].[bUnitCost] NOT NULL,
	[Factor] [numeric](3, 2) NULL,
	[MaxAmountPeriod] [tinyint] NULL,
	[MaxAmount] [dbo].[bDollar] NULL,
	[Notes] [dbo].[bNotes] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAllowanceRules] ADD CONSTRAINT [PK_vPRAllowanceRules] PRIMARY KEY CLUSTERED ([PRCo] ASC, [AllowanceRuleName] ASC, [AllowanceRulesetName] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPRAllowanceRules_AllowanceRulesetName] ON [dbo].[vPRAllowanceRules] ([AllowanceRulesetName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAllowanceRules_KeyID] ON [dbo].[vPRAllowanceRules] ([KeyID] ASC)
GO
