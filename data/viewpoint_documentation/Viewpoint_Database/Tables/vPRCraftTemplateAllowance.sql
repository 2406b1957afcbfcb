SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRCraftTemplateAllowance](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Template] [smallint] NOT NULL,
	[AllowanceTypeName] [varchar](16) NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[AllowanceRulesetName] [varchar](16) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRCraftTemplateAllowance] ADD CONSTRAINT [PK_vPRCraftTemplateAllowance] PRIMARY KEY CLUSTERED ([PRCo] ASC, [Craft] ASC, [Template] ASC, [AllowanceTypeName] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPRCraftTemplateAllowance_AllowanceRulesetName] ON [dbo].[vPRCraftTemplateAllowance] ([AllowanceRulesetName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRCraftTemplateAllowance_KeyID] ON [dbo].[vPRCraftTemplateAllowance] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vPRCraftTemplateAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftTemplateAllowance_bPRCT] FOREIGN KEY([PRCo], [Craft], [Template]) REFERENCES [dbo].[bPRCT] ([PRCo], [Craft], [Template])
GO
ALTER TABLE [dbo].[vPRCraftTemplateAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftTemplateAllowance_vPRAllowanceRuleSet] FOREIGN KEY([PRCo], [AllowanceRulesetName]) REFERENCES [dbo].[vPRAllowanceRuleSet] ([PRCo], [AllowanceRulesetName])
GO
ALTER TABLE [dbo].[vPRCraftTemplateAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftTemplateAllowance_vPRAllowanceTypes] FOREIGN KEY([AllowanceTypeName]) REFERENCES [dbo].[vPRAllowanceType] ([AllowanceTypeName])
GO
