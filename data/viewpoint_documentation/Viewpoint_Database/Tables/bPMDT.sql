SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- The CHECK constraint on [DocCategory] is truncated in the source facts and is not scripted.
CREATE TABLE [dbo].[bPMDT](
	[DocType] [dbo].[bDocType] NOT NULL,
	[DocCategory] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[PCODate1] [dbo].[bDesc] NULL,
	[ShowPCODate1] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_ShowPCODate1] DEFAULT ('N'),
	[PCODate2] [dbo].[bDesc] NULL,
	[ShowPCODate2] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_ShowPCODate2] DEFAULT ('N'),
	[PCODate3] [dbo].[bDesc] NULL,
	[ShowPCODate3] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_ShowPCODate3] DEFAULT ('N'),
	[PCOItemDate1] [dbo].[bDesc] NULL,
	[ShowPCOItemDate1] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_ShowPCOItemDate1] DEFAULT ('N'),
	[PCOItemDate2] [dbo].[bDesc] NULL,
	[ShowPCOItemDate2] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_ShowPCOItemDate2] DEFAULT ('N'),
	[PCOItemDate3] [dbo].[bDesc] NULL,
	[ShowPCOItemDate3] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_ShowPCOItemDate3] DEFAULT ('N'),
	[IncludeInProj] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_IncludeInProj] DEFAULT ('N'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_Active] DEFAULT ('Y'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[IntExtDefault] [char](1) NOT NULL CONSTRAINT [DF_bPMDT_IntExtDefault] DEFAULT ('N'),
	[InitAddons] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDT_InitAddons] DEFAULT ('Y'),
	[BudgetType] [char](1) NOT NULL CONSTRAINT [DF_bPMDT_BudgetType] DEFAULT ('N'),
	[SubType] [char](1) NOT NULL CONSTRAINT [DF_bPMDT_SubType] DEFAULT ('N'),
	[POType] [char](1) NOT NULL CONSTRAINT [DF_bPMDT_POType] DEFAULT ('N'),
	[ContractType] [char](1) NOT NULL CONSTRAINT [DF_bPMDT_ContractType] DEFAULT ('N'),
	[PriceMethod] [char](1) NOT NULL CONSTRAINT [DF_bPMDT_PriceMethod] DEFAULT ('L'),
	CONSTRAINT [CK_bPMDT_IntExtDefault] CHECK ([IntExtDefault]='I' OR [IntExtDefault]='E' OR [IntExtDefault]='N'),
	CONSTRAINT [CK_bPMDT_BudgetType] CHECK ([BudgetType]='Y' OR [BudgetType]='N'),
	CONSTRAINT [CK_bPMDT_SubType] CHECK ([SubType]='Y' OR [SubType]='N'),
	CONSTRAINT [CK_bPMDT_POType] CHECK ([POType]='Y' OR [POType]='N'),
	CONSTRAINT [CK_bPMDT_ContractType] CHECK ([ContractType]='Y' OR [ContractType]='N'),
	CONSTRAINT [CK_bPMDT_PriceMethod] CHECK ([PriceMethod]='U' OR [PriceMethod]='L')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMDT] ADD CONSTRAINT [PK_bPMDT] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPMDT] ON [dbo].[bPMDT] ([DocType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMDT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[ShowPCODate1]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[ShowPCODate2]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[ShowPCODate3]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[ShowPCOItemDate1]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[ShowPCOItemDate2]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[ShowPCOItemDate3]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[IncludeInProj]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDT].[Active]'
GO
