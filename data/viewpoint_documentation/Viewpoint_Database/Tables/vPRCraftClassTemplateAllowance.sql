SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRCraftClassTemplateAllowance](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Class] [dbo].[bClass] NOT NULL,
	[Template] [smallint] NOT NULL,
	[AllowanceTypeName] [varchar](16) NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[AllowanceRulesetName] [varchar](16) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRCraftClassTemplateAllowance] ADD CONSTRAINT [PK_vPRCraftClassTemplateAllowance] PRIMARY KEY CLUSTERED ([PRCo] ASC, [Craft] ASC, [Class] ASC, [Template] ASC, [AllowanceTypeName] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPRCraftClassTemplateAllowance_AllowanceRulesetName] ON [dbo].[vPRCraftClassTemplateAllowance] ([AllowanceRulesetName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRCraftClassTemplateAllowance_KeyID] ON [dbo].[vPRCraftClassTemplateAllowance] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vPRCraftClassTemplateAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftClassTemplateAllowance_bPRTC] FOREIGN KEY([PRCo], [Craft], [Class], [Template]) REFERENCES [dbo].[bPRTC] ([PRCo], [Craft], [Class], [Template])
GO
ALTER TABLE [dbo].[vPRCraftClassTemplateAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftClassTemplateAllowance_vPRAllowanceRuleSet] FOREIGN KEY([PRCo], [AllowanceRulesetName]) REFERENCES [dbo].[vPRAllowanceRuleSet] ([PRCo], [AllowanceRulesetName])
GO
ALTER TABLE [dbo].[vPRCraftClassTemplateAllowance] WITH CHECK ADD CONSTRAINT [FK_vPRCraftClassTemplateAllowance_vPRAllowanceTypes] FOREIGN KEY([AllowanceTypeName]) REFERENCES [dbo].[vPRAllowanceType] ([AllowanceTypeName])
GO
