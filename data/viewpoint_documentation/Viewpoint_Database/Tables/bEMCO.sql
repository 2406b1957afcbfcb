SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMCO](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[EMGroup] [tinyint] NOT NULL,
	[INCo] [dbo].[bCompany] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[AdjstGLLvl] [tinyint] NULL,
	[AdjstGLSumDesc] [varchar](60) NULL,
	[AdjstGLDetlDesc] [varchar](60) NULL,
	[AdjstGLJrnl] [dbo].[bJrnl] NULL,
	[UseAutoGL] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMCO_UseAutoGL] DEFAULT ('N'),
	[UseGLLvl] [tinyint] NULL,
	[UseGLSumDesc] [varchar](60) NULL,
	[UseGLDetlDesc] [varchar](60) NULL,
	[UseGLJrnl] [dbo].[bJrnl] NULL,
	[UseRateOride] [dbo].[bYN] NOT NULL,
	[UseRevBkdwnCodeDefault] [dbo].[bRevCode] NULL,
	[HoursUM] [dbo].[bUM] NULL,
	[MatlGLLvl] [tinyint] NULL,
	[MatlGLSumDesc] [varchar](70) NULL,
	[MatlGLDetlDesc] [varchar](70) NULL,
	[MatlGLJrnl] [dbo].[bJrnl] NULL,
	[MatlMiscGLAcct] [dbo].[bGLAcct] NULL,
	[MatlTax] [dbo].[bYN] NOT NULL,
	[MatlValid] [dbo].[bYN] NOT NULL,
	[DeprCalcReqd] [char](1) NOT NULL,
	[DeprLstMnthCalc] [dbo].[bMonth] NULL,
	[DeprLstMnthBdgted] [dbo].[bMonth] NULL,
	[DeprCostCode] [dbo].[bCostCode] NULL,
	[DeprCostType] [dbo].[bEMCType] NULL,
	[GLOverride] [dbo].[bYN] NOT NULL,
	[WOBeginStat] [varchar](10) NULL,
	[WOCostCodeChg] [dbo].[bYN] NOT NULL,
	[WOPostFinal] [dbo].[bYN] NOT NULL,
	[WOBeginPartStatus] [varchar](10) NULL,
	[WODefaultRepType] [varchar](10) NULL,
	[LaborCT] [dbo].[bEMCType] NULL,
	[LaborCostCodeChg] [dbo].[bYN] NOT NULL,
	[PartsCT] [dbo].[bEMCType] NULL,
	[OutsideRprCT] [dbo].[bEMCType] NULL,
	[FuelCostCode] [dbo].[bCostCode] NULL,
	[FuelCostType] [dbo].[bEMCType] NULL,
	[CompPostCosts] [dbo].[bYN] NOT NULL,
	[CompUnattachedEquip] [dbo].[bEquip] NULL,
	[AuditCompany] [dbo].[bYN] NOT NULL,
	[AuditEquipment] [dbo].[bYN] NOT NULL,
	[AuditDepartmentGL] [dbo].[bYN] NOT NULL,
	[AuditAsset] [dbo].[bYN] NOT NULL,
	[AuditRevenueRateCateg] [dbo].[bYN] NOT NULL,
	[AuditRevenueRateEquip] [dbo].[bYN] NOT NULL,
	[AuditLocXfer] [dbo].[bYN] NOT NULL,
	[AuditCompXfer] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[WOAutoSeq] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMCO_WOAutoSeq] DEFAULT ('N'),
	[WorkOrderOption] [char](1) NULL,
	[LastWorkOrder] [dbo].[bWO] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[UsageMeterUpdate] [char](1) NOT NULL CONSTRAINT [DF_bEMCO_UsageMeterUpdate] DEFAULT ('U'),
	[CostPartsMeterUpdate] [char](1) NOT NULL CONSTRAINT [DF_bEMCO_CostPartsMeterUpdate] DEFAULT ('U'),
	[FuelMeterUpdate] [char](1) NOT NULL CONSTRAINT [DF_bEMCO_FuelMeterUpdate] DEFAULT ('U'),
	[JobLocationUpdate] [char](1) NOT NULL CONSTRAINT [DF_bEMCO_JobLocationUpdate] DEFAULT ('U'),
	[ShowAllWO] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMCO_ShowAllWO] DEFAULT ('Y'),
	[AllSMG] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMCO_AllSMG] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MatlLastUsedYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMCO_MatlLastUsedYN] DEFAULT ('N'),
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMCO_AttachBatchReportsYN] DEFAULT ('N'),
	[DefaultWarrantyStartDate] [varchar](1) NULL CONSTRAINT [DF_bEMCO_DefaultWarrantyStartDate] DEFAULT ('I'),
	[AuditWarrantys] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMCO_AuditWarrantys] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMCO] ON [dbo].[bEMCO] ([EMCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[UseAutoGL]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[UseRateOride]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[MatlTax]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[MatlValid]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[GLOverride]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[WOCostCodeChg]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[WOPostFinal]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[LaborCostCodeChg]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[CompPostCosts]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditCompany]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditEquipment]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditDepartmentGL]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditAsset]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditRevenueRateCateg]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditRevenueRateEquip]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditLocXfer]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AuditCompXfer]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[WOAutoSeq]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[ShowAllWO]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMCO].[AllSMG]'
GO
