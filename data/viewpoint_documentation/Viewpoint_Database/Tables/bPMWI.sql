SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMWI](
	[ImportId] [varchar](10) NOT NULL,
	[Sequence] [int] NOT NULL,
	[Item] [dbo].[bContractItem] NULL,
	[SIRegion] [varchar](6) NULL,
	[SICode] [varchar](16) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NULL,
	[RetainPCT] [dbo].[bPct] NULL CONSTRAINT [DF_bPMWI_RetainPCT] DEFAULT ((0)),
	[Amount] [dbo].[bDollar] NULL CONSTRAINT [DF_bPMWI_Amount] DEFAULT ((0)),
	[Units] [dbo].[bUnits] NULL CONSTRAINT [DF_bPMWI_Units] DEFAULT ((0)),
	[UnitCost] [dbo].[bUnitCost] NULL CONSTRAINT [DF_bPMWI_UnitCost] DEFAULT ((0)),
	[ImportItem] [varchar](30) NULL,
	[ImportUM] [varchar](30) NULL,
	[ImportMisc1] [varchar](30) NULL,
	[ImportMisc2] [varchar](30) NULL,
	[ImportMisc3] [varchar](30) NULL,
	[Errors] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Dept] [dbo].[bDept] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BillDescription] [dbo].[bItemDesc] NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[BillType] [dbo].[bBillType] NULL CONSTRAINT [DF_bPMWI_BillType] DEFAULT ('B'),
	[InitAsZero] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMWI_InitAsZero] DEFAULT ('N'),
	[InitSubs] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMWI_InitSubs] DEFAULT ('Y'),
	[MarkUpRate] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bPMWI_MarkUpRate] DEFAULT ((0)),
	[StartMonth] [dbo].[bMonth] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMWI] ADD CONSTRAINT [PK_bPMWI] PRIMARY KEY CLUSTERED ([PMCo] ASC, [ImportId] ASC, [Sequence] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMWI] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMWI] WITH CHECK ADD CONSTRAINT [FK_bPMWI_bPMWH] FOREIGN KEY([PMCo], [ImportId]) REFERENCES [dbo].[bPMWH] ([PMCo], [ImportId])
GO
