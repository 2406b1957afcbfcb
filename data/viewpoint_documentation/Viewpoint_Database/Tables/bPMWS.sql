SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMWS](
	[ImportId] [varchar](10) NOT NULL,
	[Sequence] [int] NOT NULL,
	[Item] [varchar](16) NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Units] [dbo].[bUnits] NULL CONSTRAINT [DF_bPMWS_Units] DEFAULT ((0)),
	[UM] [dbo].[bUM] NULL,
	[UnitCost] [dbo].[bUnitCost] NULL CONSTRAINT [DF_bPMWS_UnitCost] DEFAULT ((0)),
	[ECM] [dbo].[bECM] NULL,
	[Amount] [dbo].[bDollar] NULL CONSTRAINT [DF_bPMWS_Amount] DEFAULT ((0)),
	[WCRetgPct] [dbo].[bPct] NULL CONSTRAINT [DF_bPMWS_WCRetgPct] DEFAULT ((0)),
	[ImportItem] [varchar](30) NULL,
	[ImportPhase] [varchar](30) NULL,
	[ImportCostType] [varchar](30) NULL,
	[ImportVendor] [varchar](30) NULL,
	[ImportUM] [varchar](30) NULL,
	[ImportMisc1] [varchar](30) NULL,
	[ImportMisc2] [varchar](30) NULL,
	[ImportMisc3] [varchar](30) NULL,
	[Errors] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SMRetgPct] [dbo].[bPct] NULL CONSTRAINT [DF_bPMWS_SMRetgPct] DEFAULT ((0)),
	[Supplier] [dbo].[bVendor] NULL,
	[SendFlag] [dbo].[bYN] NULL CONSTRAINT [DF_bPMWS_SendFlag] DEFAULT ('Y'),
	[TaxType] [tinyint] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	CONSTRAINT [CK_bPMWS_ECM] CHECK ([ECM]='M' OR [ECM]='C' OR [ECM]='E' OR [ECM]=NULL)
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMWS] ADD CONSTRAINT [PK_bPMWS] PRIMARY KEY CLUSTERED ([PMCo] ASC, [ImportId] ASC, [Sequence] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMWS] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMWS] WITH CHECK ADD CONSTRAINT [FK_bPMWS_bPMWH] FOREIGN KEY([PMCo], [ImportId]) REFERENCES [dbo].[bPMWH] ([PMCo], [ImportId])
GO
