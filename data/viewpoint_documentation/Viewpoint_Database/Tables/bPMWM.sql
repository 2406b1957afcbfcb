SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMWM](
	[ImportId] [varchar](10) NOT NULL,
	[Sequence] [int] NOT NULL,
	[Item] [varchar](16) NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NULL,
	[MatlDescription] [dbo].[bItemDesc] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnits] NULL CONSTRAINT [DF_bPMWM_Units] DEFAULT ((0)),
	[UnitCost] [dbo].[bUnitCost] NULL CONSTRAINT [DF_bPMWM_UnitCost] DEFAULT ((0)),
	[ECM] [dbo].[bECM] NULL CONSTRAINT [DF_bPMWM_ECM] DEFAULT ('E'),
	[Amount] [dbo].[bDollar] NULL CONSTRAINT [DF_bPMWM_Amount] DEFAULT ((0)),
	[ImportItem] [varchar](30) NULL,
	[ImportPhase] [varchar](30) NULL,
	[ImportCostType] [varchar](30) NULL,
	[ImportMaterial] [varchar](30) NULL,
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
	[MatlOption] [char](1) NULL,
	[RecvYN] [dbo].[bYN] NULL CONSTRAINT [DF_bPMWM_RecvYN] DEFAULT ('N'),
	[Location] [dbo].[bLoc] NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxType] [tinyint] NULL,
	[SendFlag] [dbo].[bYN] NULL CONSTRAINT [DF_bPMWM_SendFlag] DEFAULT ('Y'),
	[MSCo] [dbo].[bCompany] NULL,
	[Quote] [varchar](10) NULL,
	[INCo] [dbo].[bCompany] NULL,
	[Supplier] [dbo].[bVendor] NULL,
	CONSTRAINT [CK_bPMWM_ECM] CHECK ([ECM]='M' OR [ECM]='C' OR [ECM]='E' OR [ECM]=NULL)
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMWM] ADD CONSTRAINT [PK_bPMWM] PRIMARY KEY CLUSTERED ([PMCo] ASC, [ImportId] ASC, [Sequence] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMWM] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMWM] WITH CHECK ADD CONSTRAINT [FK_bPMWM_bPMWH] FOREIGN KEY([PMCo], [ImportId]) REFERENCES [dbo].[bPMWH] ([PMCo], [ImportId])
GO
