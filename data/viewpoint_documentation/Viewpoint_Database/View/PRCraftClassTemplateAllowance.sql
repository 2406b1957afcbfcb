CREATE VIEW [dbo].[PRCraftClassTemplateAllowance] AS select a.* from [dbo].[vPRCraftClassTemplateAllowance] a
GO
