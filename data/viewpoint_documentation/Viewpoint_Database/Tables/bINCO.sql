SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINCO](
	[INCo] [dbo].[bCompany] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLAdjInterfaceLvl] [tinyint] NOT NULL,
	[GLAdjSummaryDesc] [varchar](60) NULL,
	[GLAdjDetailDesc] [varchar](60) NULL,
	[GLTrnsfrInterfaceLvl] [tinyint] NOT NULL,
	[GLTrnsfrSummaryDesc] [varchar](60) NULL,
	[GLTrnsfrDetailDesc] [varchar](60) NULL,
	[GLProdInterfaceLvl] [tinyint] NOT NULL,
	[GLProdSummaryDesc] [varchar](60) NULL,
	[GLProdDetailDesc] [varchar](60) NULL,
	[ValMethod] [tinyint] NOT NULL,
	[CostMethod] [tinyint] NOT NULL,
	[BurdenCost] [dbo].[bYN] NOT NULL,
	[MiscGLAcct] [dbo].[bGLAcct] NULL,
	[TaxGLAcct] [dbo].[bGLAcct] NULL,
	[CustPriceOpt] [tinyint] NOT NULL,
	[JobPriceOpt] [tinyint] NOT NULL,
	[InvPriceOpt] [tinyint] NOT NULL,
	[EquipPriceOpt] [tinyint] NOT NULL,
	[UsageOpt] [char](1) NOT NULL,
	[NegWarn] [dbo].[bYN] NOT NULL,
	[CostOver] [dbo].[bYN] NOT NULL,
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditLoc] [dbo].[bYN] NOT NULL,
	[AuditMatl] [dbo].[bYN] NOT NULL,
	[AuditBoM] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[OverrideGL] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bINCO_OverrideGL] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AutoMO] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bINCO_AutoMO] DEFAULT ('N'),
	[LastMO] [dbo].[bMO] NULL,
	[CmtdDetailToJC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bINCO_CmtdDetailToJC] DEFAULT ('N'),
	[JCMOInterfaceLvl] [tinyint] NOT NULL CONSTRAINT [DF_bINCO_JCMOInterfaceLvl] DEFAULT ((0)),
	[GLMOInterfaceLvl] [tinyint] NOT NULL CONSTRAINT [DF_bINCO_GLMOInterfaceLvl] DEFAULT ((0)),
	[GLMOSummaryDesc] [varchar](60) NULL,
	[GLMODetailDesc] [varchar](60) NULL,
	[AuditMOs] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bINCO_AuditMOs] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bINCO_AttachBatchReportsYN] DEFAULT ('N'),
	[ServicePriceOpt] [tinyint] NOT NULL CONSTRAINT [DF_bINCO_ServicePriceOpt] DEFAULT ((1))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINCO] ON [dbo].[bINCO] ([INCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[BurdenCost]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[NegWarn]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[CostOver]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[AuditLoc]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[AuditMatl]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[AuditBoM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[OverrideGL]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[AutoMO]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[CmtdDetailToJC]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCO].[AuditMOs]'
GO
