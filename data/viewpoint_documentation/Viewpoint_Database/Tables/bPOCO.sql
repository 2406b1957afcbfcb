SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOCO](
	[POCo] [dbo].[bCompany] NOT NULL,
	[AutoPO] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AutoPO] DEFAULT ('N'),
	[LastPO] [varchar](30) NULL,
	[CmtdDetailToJC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_CmtdDetailToJC] DEFAULT ('Y'),
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditPOs] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[ReceiptUpdate] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_ReceiptUpdate] DEFAULT ('N'),
	[GLAccrualAcct] [dbo].[bGLAcct] NULL,
	[GLRecExpInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPOCO_GLRecExpInterfacelvl] DEFAULT ((0)),
	[GLRecExpSummaryDesc] [varchar](60) NULL,
	[GLRecExpDetailDesc] [varchar](60) NULL,
	[RecJCInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPOCO_RecJCInterfacelvl] DEFAULT ((0)),
	[RecEMInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPOCO_RecEMInterfacelvl] DEFAULT ((0)),
	[RecINInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPOCO_RecINInterfacelvl] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AuditPOCompliance] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AuditPOCompliance] DEFAULT ('N'),
	[PayTypeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_PayTypeYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AuditPOReceipts] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AuditPOReceipts] DEFAULT ('N'),
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AttachBatchReportsYN] DEFAULT ('N'),
	[QuoteReviewer] [varchar](3) NULL,
	[PurchaseReviewer] [varchar](3) NULL,
	[Threshold] [dbo].[bDollar] NULL,
	[ThresholdReviewer] [varchar](3) NULL,
	[AutoRQ] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AutoRQ] DEFAULT ('N'),
	[LastRQ] [dbo].[bRQ] NOT NULL CONSTRAINT [DF_bPOCO_LastRQ] DEFAULT ('N'),
	[ApprforQuote] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_ApprforQuote] DEFAULT ('N'),
	[ApprforPurchase] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_ApprforPurchase] DEFAULT ('N'),
	[AuditRQ] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AuditRQ] DEFAULT ('N'),
	[AuditReview] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AuditReview] DEFAULT ('N'),
	[AuditQuote] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_AuditQuote] DEFAULT ('N'),
	[ByPassTriggers] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPOCO_ByPassTriggers] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOCO] ON [dbo].[bPOCO] ([POCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCO].[AutoPO]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCO].[CmtdDetailToJC]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCO].[AuditPOs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCO].[ReceiptUpdate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCO].[AuditPOCompliance]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPOCO].[PayTypeYN]'
GO
