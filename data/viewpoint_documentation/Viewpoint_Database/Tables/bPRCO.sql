SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCO](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NULL,
	[GLInterface] [dbo].[bYN] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[APCo] [dbo].[bCompany] NULL,
	[AutoOT] [dbo].[bYN] NOT NULL,
	[OTEarnCode] [dbo].[bEDLCode] NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[AllowNoPhase] [dbo].[bYN] NOT NULL,
	[JCInterface] [dbo].[bYN] NOT NULL,
	[InsByPhase] [dbo].[bYN] NOT NULL,
	[JCICraftClass] [dbo].[bYN] NOT NULL,
	[JCICrew] [dbo].[bYN] NOT NULL,
	[JCIEmployee] [dbo].[bYN] NOT NULL,
	[JCIFactor] [dbo].[bYN] NOT NULL,
	[JCIEarnType] [dbo].[bYN] NOT NULL,
	[JCIShift] [dbo].[bYN] NOT NULL,
	[JCIPostingDate] [dbo].[bYN] NOT NULL,
	[JCILiabType] [dbo].[bYN] NOT NULL,
	[JCIEquip] [dbo].[bYN] NOT NULL,
	[JCIRevCode] [dbo].[bYN] NOT NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[EMUsage] [dbo].[bYN] NOT NULL,
	[EMInterface] [dbo].[bYN] NOT NULL,
	[EMRevEmployee] [dbo].[bYN] NOT NULL,
	[EMRevPhase] [dbo].[bYN] NOT NULL,
	[EMRevPostingDate] [dbo].[bYN] NOT NULL,
	[EMCostEmployee] [dbo].[bYN] NOT NULL,
	[OfficeState] [varchar](4) NULL,
	[OfficeLocal] [dbo].[bLocalCode] NULL,
	[TaxStateOpt] [dbo].[bYN] NOT NULL,
	[UnempStateOpt] [dbo].[bYN] NOT NULL,
	[InsStateOpt] [dbo].[bYN] NOT NULL,
	[LocalOpt] [dbo].[bYN] NOT NULL,
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditEmployees] [dbo].[bYN] NOT NULL,
	[AuditAccums] [dbo].[bYN] NOT NULL,
	[AuditPayHistory] [dbo].[bYN] NOT NULL,
	[AuditDLs] [dbo].[bYN] NOT NULL,
	[AuditCraftClass] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[CheckReportTitle] [char](60) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[EFTReportTitle] [char](60) NULL,
	[NonNegCheckPrint] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_NonNegCheckPrint] DEFAULT ('N'),
	[CrewRegEC] [dbo].[bEDLCode] NULL,
	[CrewOTEC] [dbo].[bEDLCode] NULL,
	[CrewDblEC] [dbo].[bEDLCode] NULL,
	[AuditTaxes] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_AuditTaxes] DEFAULT ('N'),
	[AuditStateIns] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_AuditStateIns] DEFAULT ('N'),
	[ExcludeSSN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_ExcludeSSN] DEFAULT ('N'),
	[JCILiabFactor] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_JCILiabFactor] DEFAULT ('N'),
	[JCILiabShift] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_JCILiabShift] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_AttachBatchReportsYN] DEFAULT ('N'),
	[AttachPayStubYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_AttachPayStubYN] DEFAULT ('N'),
	[PayStubAttachTypeID] [int] NULL,
	[CheckReportTitleByEmp] [char](60) NULL,
	[EFTReportTitleByEmp] [char](60) NULL,
	[W2AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_W2AuditYN] DEFAULT ('N'),
	[MessageFileStatusYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_MessageFileStatusYN] DEFAULT ('Y'),
	[SMInterface] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_SMInterface] DEFAULT ('N'),
	[SMCo] [dbo].[bCompany] NULL,
	[AutoOTUseVariableRatesYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_AutoOTUseVariableRatesYN] DEFAULT ('Y'),
	[AutoOTUseHighestRateYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCO_AutoOTUseHighestRateYN] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCO] ON [dbo].[bPRCO] ([PRCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[GLInterface]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AutoOT]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AllowNoPhase]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCInterface]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[InsByPhase]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCICraftClass]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCICrew]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCIEmployee]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCIFactor]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCIEarnType]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCIShift]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCIPostingDate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCILiabType]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCIEquip]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCIRevCode]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[EMUsage]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[EMInterface]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[EMRevEmployee]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[EMRevPhase]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[EMRevPostingDate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[EMCostEmployee]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[TaxStateOpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[UnempStateOpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[InsStateOpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[LocalOpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditEmployees]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditAccums]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditPayHistory]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditDLs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditCraftClass]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[NonNegCheckPrint]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditTaxes]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[AuditStateIns]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[ExcludeSSN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCILiabFactor]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCO].[JCILiabShift]'
GO
