SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPCO](
	[APCo] [dbo].[bCompany] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[ExpJrnl] [dbo].[bJrnl] NULL,
	[GLExpInterfaceLvl] [tinyint] NOT NULL,
	[GLExpSummaryDesc] [varchar](60) NULL,
	[GLExpTransDesc] [varchar](60) NULL,
	[GLJobDetailDesc] [varchar](60) NULL,
	[GLInvDetailDesc] [varchar](60) NULL,
	[GLEquipDetailDesc] [varchar](60) NULL,
	[GLExpDetailDesc] [varchar](60) NULL,
	[PayJrnl] [dbo].[bJrnl] NULL,
	[GLPayInterfaceLvl] [tinyint] NOT NULL,
	[GLPayDetailDesc] [varchar](60) NULL,
	[GLPaySummaryDesc] [varchar](60) NULL,
	[DiscOffGLAcct] [dbo].[bGLAcct] NULL,
	[DiscTakenGLAcct] [dbo].[bGLAcct] NULL,
	[ExpPayType] [tinyint] NULL,
	[JobPayType] [tinyint] NULL,
	[SubPayType] [tinyint] NULL,
	[RetPayType] [tinyint] NULL,
	[OverridePayType] [dbo].[bYN] NOT NULL,
	[RetHoldCode] [dbo].[bHoldCode] NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[CMInterfaceLvl] [tinyint] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[JCInterfaceLvl] [tinyint] NOT NULL,
	[NetAmtOpt] [dbo].[bYN] NOT NULL,
	[INCo] [dbo].[bCompany] NULL,
	[INInterfaceLvl] [tinyint] NOT NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[EMInterfaceLvl] [tinyint] NOT NULL,
	[InvTotYN] [dbo].[bYN] NOT NULL,
	[SLTotYN] [dbo].[bYN] NOT NULL,
	[SLCompChkYN] [dbo].[bYN] NOT NULL,
	[SLAllowPayYN] [dbo].[bYN] NOT NULL,
	[POTotYN] [dbo].[bYN] NOT NULL,
	[POCompChkYN] [dbo].[bYN] NOT NULL,
	[POAllowPayYN] [dbo].[bYN] NOT NULL,
	[ChkLines] [tinyint] NOT NULL,
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditPayTypes] [dbo].[bYN] NOT NULL,
	[AuditVendors] [dbo].[bYN] NOT NULL,
	[AuditHold] [dbo].[bYN] NOT NULL,
	[AuditComp] [dbo].[bYN] NOT NULL,
	[AuditRecur] [dbo].[bYN] NOT NULL,
	[AuditTrans] [dbo].[bYN] NOT NULL,
	[AuditPay] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[APRefUnqYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_APRefUnqYN] DEFAULT ('N'),
	[CheckReportTitle] [char](60) NULL,
	[OverFlowReportTitle] [char](60) NULL,
	[JobLineDescDfltYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_JobLineDescDfltYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[APRefUnq] [tinyint] NOT NULL CONSTRAINT [DF_bAPCO_APRefUnq] DEFAULT ((1)),
	[AllCompChkYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_AllCompChkYN] DEFAULT ('N'),
	[AllAllowPayYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_AllAllowPayYN] DEFAULT ('N'),
	[UseTaxDiscountYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_UseTaxDiscountYN] DEFAULT ('N'),
	[PMVendUpdYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_PMVendUpdYN] DEFAULT ('N'),
	[PMVendAddYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_PMVendAddYN] DEFAULT ('N'),
	[ICRptYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_ICRptYN] DEFAULT ('N'),
	[ICRptTitle] [char](60) NULL,
	[ICPayAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bAPCO_ICPayAmt] DEFAULT ((0)),
	[PayCategoryYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_PayCategoryYN] DEFAULT ('N'),
	[PayCategory] [int] NULL,
	[AuditUnappInv] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_AuditUnappInv] DEFAULT ('N'),
	[InvExceedRecvdYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_InvExceedRecvdYN] DEFAULT ('N'),
	[POItemTotYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_POItemTotYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[JobLineJobPhaseUMDfltYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_JobLineJobPhaseUMDfltYN] DEFAULT ('N'),
	[EMLineDescDfltYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_EMLineDescDfltYN] DEFAULT ('N'),
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_AttachBatchReportsYN] DEFAULT ('N'),
	[AttachVendorPayInfoYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_AttachVendorPayInfoYN] DEFAULT ('N'),
	[CheckReportTitleByVendor] [char](60) NULL,
	[EFTRemittanceReport] [char](60) NULL,
	[CreditSvcRemittanceReport] [char](60) NULL,
	[EFTRemittanceReportByVendor] [char](60) NULL,
	[CreditSvcRemittanceReportByVendor] [char](60) NULL,
	[VendorPayAttachTypeID] [int] NULL,
	[AuditTransHoldCodeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_AuditTransHoldCodeYN] DEFAULT ('N'),
	[TaxBasisNetRetgYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_TaxBasisNetRetgYN] DEFAULT ('N'),
	[SMPayType] [tinyint] NULL,
	[POItemLineTotYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_POItemLineTotYN] DEFAULT ('N'),
	[InvExceedRecvdLineYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bAPCO_InvExceedRecvdLineYN] DEFAULT ('N'),
	[APCreditService] [tinyint] NOT NULL CONSTRAINT [DF_bAPCO_APCreditService] DEFAULT ((0)),
	[CSCMCo] [dbo].[bCompany] NULL,
	[CSCMAcct] [dbo].[bCMAcct] NULL,
	[CDAcctCode] [varchar](5) NULL,
	[CDCustID] [varchar](10) NULL,
	[CDCodeWord] [varchar](20) NULL,
	[TCCo] [numeric](6, 0) NULL,
	[TCAcct] [numeric](10, 0) NULL,
	[CSDataFilePath] [varchar](300) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPCO] ON [dbo].[bAPCO] ([APCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[OverridePayType]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPCO].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[NetAmtOpt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[InvTotYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[SLTotYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[SLCompChkYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[SLAllowPayYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[POTotYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[POCompChkYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[POAllowPayYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditPayTypes]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditVendors]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditHold]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditComp]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditRecur]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditTrans]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditPay]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[APRefUnqYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[JobLineDescDfltYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AllCompChkYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AllAllowPayYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[UseTaxDiscountYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[PMVendUpdYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[PMVendAddYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[ICRptYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[PayCategoryYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[AuditUnappInv]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[InvExceedRecvdYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPCO].[POItemTotYN]'
GO
