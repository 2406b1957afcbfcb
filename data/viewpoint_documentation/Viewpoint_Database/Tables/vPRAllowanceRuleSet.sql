SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAllowanceRuleSet](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[AllowanceRulesetName] [varchar](16) NOT NULL,
	[AllowanceRulesetDesc] [dbo].[bDesc] NULL,
	[ThresholdPeriod] [tinyint] NOT NULL CONSTRAINT [DF_vPRAllowanceRuleSet_ThresholdPeriod] DEFAULT ((2)),
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAllowanceRuleSet] ADD CONSTRAINT [PK_vPRAllowanceRuleSet] PRIMARY KEY CLUSTERED ([PRCo] ASC, [AllowanceRulesetName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAllowanceRuleSet_KeyID] ON [dbo].[vPRAllowanceRuleSet] ([KeyID] ASC)
GO
