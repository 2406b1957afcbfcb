SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vAPOnCostType](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APCo] [dbo].[bCompany] NOT NULL,
	[OnCostID] [tinyint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[CalcMethod] [char](1) NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[PayType] [tinyint] NOT NULL,
	[ATOCategory] [varchar](4) NULL,
	[VendorGrp] [dbo].[bGroup] NOT NULL,
	[OnCostVendor] [dbo].[bVendor] NOT NULL,
	[Notes] [varchar](max) NULL,
	[JobExpOpt] [char](1) NOT NULL CONSTRAINT [DF_vAPOnCostType_JobExpOpt] DEFAULT ('I'),
	[CostType] [dbo].[bJCCType] NULL,
	[JobExpAcct] [dbo].[bGLAcct] NULL,
	[ExpAcct] [dbo].[bGLAcct] NULL,
	[NonJobExpOpt] [char](1) NOT NULL CONSTRAINT [DF_vAPOnCostType_NonJobExpOpt] DEFAULT ('I')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vAPOnCostType] ADD CONSTRAINT [PK_vAPOnCostType] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_vAPOnCostType_ALL] ON [dbo].[vAPOnCostType] ([APCo] ASC, [OnCostID] ASC)
GO
