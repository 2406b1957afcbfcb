SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMSL](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Seq] [int] NOT NULL,
	[RecordType] [char](1) NOT NULL CONSTRAINT [DF_bPMSL_RecordType] DEFAULT ('O'),
	[PCOType] [dbo].[bDocType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[PCOItem] [dbo].[bPCOItem] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[Line] [tinyint] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NULL,
	[SLItem] [dbo].[bItem] NULL,
	[SLItemDescription] [dbo].[bItemDesc] NULL,
	[SLItemType] [tinyint] NULL,
	[SLAddon] [tinyint] NULL,
	[SLAddonPct] [dbo].[bPct] NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[SubCO] [smallint] NULL,
	[WCRetgPct] [dbo].[bPct] NULL,
	[SMRetgPct] [dbo].[bPct] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[InterfaceDate] [dbo].[bDate] NULL,
	[SendFlag] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[SLMth] [dbo].[bMonth] NULL,
	[SLTrans] [dbo].[bTrans] NULL,
	[IntFlag] [varchar](1) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[TaxType] [tinyint] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	CONSTRAINT [CK_bPMSL_SL] CHECK ([SL] IS NULL OR [SLItem] IS NOT NULL),
	CONSTRAINT [CK_bPMSL_SLItemType] CHECK ([SLItemType] IS NULL OR ([SLItemType]=(4) OR [SLItemType]=(3) OR [SLItemType]=(2) OR [SLItemType]=(1))),
	CONSTRAINT [CK_bPMSL_Units] CHECK ([UM]<>'LS' OR [Units]=(0)),
	CONSTRAINT [CK_bPMSL_SubCO] CHECK ([SubCO]>=(0)),
	CONSTRAINT [CK_bPMSL_TaxType] CHECK ([TaxType] IS NULL AND [TaxCode] IS NULL OR [TaxType] IS NOT NULL AND [TaxCode] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMSL] ON [dbo].[bPMSL] ([PMCo] ASC, [Project] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMSL] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [ciPMSLAP] ON [dbo].[bPMSL] ([PMCo] ASC, [Project] ASC, [Vendor] ASC, [udSLContractNo] ASC, [udCMSItem] ASC, [udCGCTable] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bPMSL_SLCo] ON [dbo].[bPMSL] ([SLCo] ASC, [SL] ASC, [SLItem] ASC)
GO
ALTER TABLE [dbo].[bPMSL] WITH CHECK ADD CONSTRAINT [FK_bPMSL_bAPVM] FOREIGN KEY([VendorGroup], [Vendor]) REFERENCES [dbo].[bAPVM] ([VendorGroup], [Vendor])
GO
ALTER TABLE [dbo].[bPMSL] WITH CHECK ADD CONSTRAINT [FK_bPMSL_bHQTX] FOREIGN KEY([TaxGroup], [TaxCode]) REFERENCES [dbo].[bHQTX] ([TaxGroup], [TaxCode])
GO
ALTER TABLE [dbo].[bPMSL] WITH CHECK ADD CONSTRAINT [FK_bPMSL_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMSL] WITH CHECK ADD CONSTRAINT [FK_bPMSL_bSLAD] FOREIGN KEY([SLCo], [SLAddon]) REFERENCES [dbo].[bSLAD] ([SLCo], [Addon])
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMSL].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMSL].[SendFlag]'
GO
