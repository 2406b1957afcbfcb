SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRCraftClassAllowance](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Class] [dbo].[bClass] NOT NULL,
	[AllowanceTypeName] [varchar](16) NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[AllowanceRulesetName] [varchar](16) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRCraftClassAllowance] ADD CONSTRAINT [PK_vPRCraftClassAllowance] PRIMARY KEY CLUSTERED ([PRCo] ASC, [Craft] ASC, [Class] ASC, [AllowanceTypeName] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPRCraftClassAllowance_AllowanceRulesetName] ON [dbo].[vPRCraftClassAllowance] ([AllowanceRulesetName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRCraftClassAllowance_KeyID] ON [dbo].[vPRCraftClassAllowance] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vPRCraftClassAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftClassAllowance_bPRCC] FOREIGN KEY([PRCo], [Craft], [Class]) REFERENCES [dbo].[bPRCC] ([PRCo], [Craft], [Class])
GO
ALTER TABLE [dbo].[vPRCraftClassAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftClassAllowance_vPRAllowanceRuleSet] FOREIGN KEY([PRCo], [AllowanceRulesetName]) REFERENCES [dbo].[vPRAllowanceRuleSet] ([PRCo], [AllowanceRulesetName])
GO
ALTER TABLE [dbo].[vPRCraftClassAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftClassAllowance_vPRAllowanceType] FOREIGN KEY([AllowanceTypeName]) REFERENCES [dbo].[vPRAllowanceType] ([AllowanceTypeName])
GO
