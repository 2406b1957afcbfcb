SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCCO](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[ValidPhaseChars] [tinyint] NOT NULL,
	[PostClosedJobs] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_PostClosedJobs] DEFAULT ('N'),
	[UseJobBilling] [dbo].[bYN] NOT NULL,
	[DefaultBillType] [dbo].[bBillType] NOT NULL,
	[ARCo] [dbo].[bCompany] NOT NULL,
	[INCo] [dbo].[bCompany] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLCostLevel] [tinyint] NOT NULL,
	[GLCostOveride] [dbo].[bYN] NOT NULL,
	[GLCostJournal] [dbo].[bJrnl] NULL,
	[GLCostDetailDesc] [varchar](60) NULL,
	[GLCostSummaryDesc] [varchar](60) NULL,
	[GLRevLevel] [tinyint] NOT NULL,
	[GLRevOveride] [dbo].[bYN] NOT NULL,
	[GLRevJournal] [dbo].[bJrnl] NULL,
	[GLRevDetailDesc] [varchar](60) NULL,
	[GLRevSummaryDesc] [varchar](60) NULL,
	[GLCloseLevel] [tinyint] NOT NULL,
	[GLCloseJournal] [dbo].[bJrnl] NULL,
	[GLCloseDetailDesc] [varchar](60) NULL,
	[GLCloseSummaryDesc] [varchar](60) NULL,
	[GLMaterialLevel] [tinyint] NOT NULL,
	[GLMatJournal] [dbo].[bJrnl] NULL,
	[GLMatDetailDesc] [varchar](60) NULL,
	[GLMatSummaryDesc] [varchar](60) NULL,
	[GLMiscMatAcct] [dbo].[bGLAcct] NULL,
	[ValidateMaterial] [dbo].[bYN] NOT NULL,
	[UseTaxOnMaterial] [dbo].[bYN] NOT NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[PostCrewProgress] [dbo].[bYN] NOT NULL,
	[ProjMethod] [char](1) NOT NULL,
	[ProjMinPct] [dbo].[bPct] NOT NULL,
	[ProjPercent] [dbo].[bYN] NOT NULL,
	[ProjOverUnder] [dbo].[bYN] NOT NULL,
	[ProjRemain] [dbo].[bYN] NOT NULL,
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditDepts] [dbo].[bYN] NOT NULL,
	[AuditContracts] [dbo].[bYN] NOT NULL,
	[AuditJobs] [dbo].[bYN] NOT NULL,
	[AuditChngOrders] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[AddJCSICode] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_AddJCSICode] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ProjInactivePhases] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_ProjInactivePhases] DEFAULT ('N'),
	[AuditPhases] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_AuditPhases] DEFAULT ('N'),
	[AuditCostTypes] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_AuditCostTypes] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PostSoftClosedJobs] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_PostSoftClosedJobs] DEFAULT ('N'),
	[ProjPostForecast] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_ProjPostForecast] DEFAULT ('N'),
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_AttachBatchReportsYN] DEFAULT ('N'),
	[AuditPhaseMaster] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_AuditPhaseMaster] DEFAULT ('N'),
	[ProjJobInMultiBatch] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_ProjJobInMultiBatch] DEFAULT ('N'),
	[ProjResDetOpt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_ProjResDetOpt] DEFAULT ('N'),
	[ProjRemainUCOpt] [char](1) NOT NULL CONSTRAINT [DF_bJCCO_ProjRemainUCOpt] DEFAULT ('E'),
	[AuditProjectionOverrides] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_AuditProjectionOverrides] DEFAULT ('N'),
	[CFRevMethod] [char](1) NOT NULL CONSTRAINT [DF_bJCCO_CFRevMethod] DEFAULT ('N'),
	[CFRevInterval] [tinyint] NULL,
	[CFRevParts] [varchar](30) NULL,
	[CFCostMethod] [char](1) NOT NULL CONSTRAINT [DF_bJCCO_CFCostMethod] DEFAULT ('N'),
	[CFCostInterval] [tinyint] NULL,
	[CFCostParts] [varchar](30) NULL,
	[ProjNoteTimeStamp] [char](1) NOT NULL CONSTRAINT [DF_bJCCO_ProjNoteTimeStamp] DEFAULT ('Y'),
	[AuditLiabilityTemplate] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCCO_AuditLiabilityTemplate] DEFAULT ('N'),
	CONSTRAINT [CK_bJCCO_ProjRemainUCOpt] CHECK ([ProjRemainUCOpt]='A' OR [ProjRemainUCOpt]='E'),
	CONSTRAINT [CK_bJCCO_CFRevMethod] CHECK ([CFRevMethod]='N' OR [CFRevMethod]='L' OR [CFRevMethod]='C'),
	CONSTRAINT [CK_bJCCO_CFRevInterval] CHECK ([CFRevInterval] IS NULL OR [CFRevInterval]>(1) AND [CFRevInterval]<(11)),
	CONSTRAINT [CK_bJCCO_CFCostMethod] CHECK ([CFCostMethod]='N' OR [CFCostMethod]='L' OR [CFCostMethod]='C'),
	CONSTRAINT [CK_bJCCO_CFCostInterval] CHECK ([CFCostInterval] IS NULL OR [CFCostInterval]>(1) AND [CFCostInterval]<(11))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCCO] ON [dbo].[bJCCO] ([JCCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[PostClosedJobs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[UseJobBilling]'
GO
EXEC sp_bindrule N'[dbo].[brBillType]', N'[dbo].[bJCCO].[DefaultBillType]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[GLCostOveride]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[GLRevOveride]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[ValidateMaterial]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[UseTaxOnMaterial]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[PostCrewProgress]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCCO].[ProjMinPct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[ProjPercent]'
GO
EXEC sp_bindefault N'[dbo].[bdYes]', N'[dbo].[bJCCO].[ProjPercent]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[ProjOverUnder]'
GO
EXEC sp_bindefault N'[dbo].[bdYes]', N'[dbo].[bJCCO].[ProjOverUnder]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[ProjRemain]'
GO
EXEC sp_bindefault N'[dbo].[bdYes]', N'[dbo].[bJCCO].[ProjRemain]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[AuditDepts]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[AuditContracts]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[AuditJobs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[AuditChngOrders]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[AddJCSICode]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCCO].[ProjInactivePhases]'
GO
