SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMMF](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Seq] [int] NOT NULL,
	[RecordType] [char](1) NOT NULL,
	[PCOType] [dbo].[bDocType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[PCOItem] [dbo].[bPCOItem] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[MaterialGroup] [dbo].[bGroup] NULL,
	[MaterialCode] [dbo].[bMatl] NULL,
	[VendMatId] [varchar](30) NULL,
	[MtlDescription] [dbo].[bItemDesc] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[MaterialOption] [char](1) NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[POCo] [dbo].[bCompany] NULL,
	[PO] [varchar](30) NULL,
	[POItem] [dbo].[bItem] NULL,
	[RecvYN] [dbo].[bYN] NOT NULL,
	[Location] [dbo].[bLoc] NULL,
	[MO] [char](10) NULL,
	[MOItem] [dbo].[bItem] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ReqDate] [dbo].[bDate] NULL,
	[InterfaceDate] [dbo].[bDate] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxType] [tinyint] NULL,
	[SendFlag] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[RequisitionNum] [varchar](20) NULL,
	[MSCo] [dbo].[bCompany] NULL,
	[Quote] [varchar](10) NULL,
	[INCo] [dbo].[bCompany] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[RQLine] [dbo].[bItem] NULL,
	[IntFlag] [varchar](1) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[POTrans] [int] NULL,
	[POMth] [dbo].[bMonth] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	[POCONum] [smallint] NULL,
	CONSTRAINT [CK_bPMMF_RecordType] CHECK ([RecordType]='C' OR [RecordType]='O'),
	CONSTRAINT [CK_bPMMF_MaterialOption] CHECK ([MaterialOption]='R' OR [MaterialOption]='Q' OR [MaterialOption]='M' OR [MaterialOption]='P'),
	CONSTRAINT [CK_bPMMF_MaterialOption_2] CHECK ([UM]<>'LS' OR [MaterialOption]<>'Q' AND [MaterialOption]<>'M'),
	CONSTRAINT [CK_bPMMF_UM] CHECK (NOT ([UM]<>'LS' AND isnull([Amount],(0))<>(0) AND isnull([Units],(0))=(0))),
	CONSTRAINT [CK_bPMMF_UM_2] CHECK ([UM]<>'LS' OR isnull([UnitCost],(0))=(0)),
	CONSTRAINT [CK_bPMMF_UM_3] CHECK ([UM]<>'LS' OR isnull([Units],(0))=(0)),
	CONSTRAINT [CK_bPMMF_TaxGroup] CHECK ([TaxCode] IS NULL OR [TaxGroup] IS NOT NULL),
	CONSTRAINT [CK_bPMMF_TaxCode] CHECK ([TaxType] IS NULL OR [TaxCode] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMMF] ON [dbo].[bPMMF] ([PMCo] ASC, [Project] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMMF] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biPMMFPOTotals] ON [dbo].[bPMMF] ([PO] ASC, [RecordType] ASC, [ACO] ASC, [MaterialOption] ASC, [POCo] ASC, [POItem] ASC, [Amount] ASC, [InterfaceDate] ASC, [SendFlag] ASC)
GO
ALTER TABLE [dbo].[bPMMF] WITH CHECK ADD CONSTRAINT [FK_bPMMF_bAPVM] FOREIGN KEY([VendorGroup], [Vendor]) REFERENCES [dbo].[bAPVM] ([VendorGroup], [Vendor])
GO
ALTER TABLE [dbo].[bPMMF] WITH CHECK ADD CONSTRAINT [FK_bPMMF_bHQTX] FOREIGN KEY([TaxGroup], [TaxCode]) REFERENCES [dbo].[bHQTX] ([TaxGroup], [TaxCode])
GO
ALTER TABLE [dbo].[bPMMF] WITH CHECK ADD CONSTRAINT [FK_bPMMF_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMMF].[RecvYN]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMMF].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPMMF].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMMF].[SendFlag]'
GO
