SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRCraftMasterAllowance](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[AllowanceTypeName] [varchar](16) NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[AllowanceRulesetName] [varchar](16) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRCraftMasterAllowance] ADD CONSTRAINT [PK_vPRCraftMasterAllowance] PRIMARY KEY CLUSTERED ([PRCo] ASC, [Craft] ASC, [AllowanceTypeName] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPRCraftMasterAllowance_AllowanceRulesetName] ON [dbo].[vPRCraftMasterAllowance] ([AllowanceRulesetName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRCraftMasterAllowance_KeyID] ON [dbo].[vPRCraftMasterAllowance] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vPRCraftMasterAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftMasterAllowance_bPRCM] FOREIGN KEY([PRCo], [Craft]) REFERENCES [dbo].[bPRCM] ([PRCo], [Craft])
GO
ALTER TABLE [dbo].[vPRCraftMasterAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftMasterAllowance_vPRAllowanceRuleSet] FOREIGN KEY([PRCo], [AllowanceRulesetName]) REFERENCES [dbo].[vPRAllowanceRuleSet] ([PRCo], [AllowanceRulesetName])
GO
ALTER TABLE [dbo].[vPRCraftMasterAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftMasterAllowance_vPRAllowanceTypes] FOREIGN KEY([AllowanceTypeName]) REFERENCES [dbo].[vPRAllowanceType] ([AllowanceTypeName])
GO
