SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOL](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[PCOItem] [dbo].[bPCOItem] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[EstUnits] [dbo].[bUnits] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[UnitHours] [dbo].[bHrs] NOT NULL,
	[EstHours] [dbo].[bHrs] NOT NULL,
	[HourCost] [dbo].[bUnitCost] NOT NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NOT NULL,
	[EstCost] [dbo].[bDollar] NOT NULL,
	[SendYN] [dbo].[bYN] NOT NULL,
	[InterfacedDate] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CreatedFromAddOn] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMOL_CreatedFromAddOn] DEFAULT ('N'),
	[DistributedAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPMOL_DistributedAmt] DEFAULT ((0)),
	[PO] [varchar](30) NULL,
	[Subcontract] [varchar](30) NULL,
	[PurchaseAmt] [dbo].[bDollar] NULL CONSTRAINT [DF_bPMOL_PurchaseAmt] DEFAULT ((0)),
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[POSLItem] [dbo].[bItem] NULL,
	[SubCO] [smallint] NULL,
	[SubCOSeq] [int] NULL,
	[POCONum] [smallint] NULL,
	[POCONumSeq] [int] NULL,
	[MaterialCode] [dbo].[bMatl] NULL,
	[PurchaseUnits] [dbo].[bUnits] NULL,
	[PurchaseUM] [dbo].[bUM] NULL,
	[PurchaseUnitCost] [dbo].[bUnitCost] NULL,
	CONSTRAINT [CK_bPMOL_PO] CHECK ([PO] IS NULL OR [POSLItem] IS NOT NULL),
	CONSTRAINT [CK_bPMOL_Subcontract] CHECK ([Subcontract] IS NULL OR [POSLItem] IS NOT NULL),
	CONSTRAINT [CK_bPMOL_VendorGroup] CHECK ([Vendor] IS NULL OR [VendorGroup] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bPMOL_CLUSTERED] ON [dbo].[bPMOL] ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [PCOItem] ASC, [ACO] ASC, [ACOItem] ASC, [PhaseGroup] ASC, [Phase] ASC, [CostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMOL] ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_bPMOL2_NONCLUSTERED] ON [dbo].[bPMOL] ([PMCo] ASC, [Project] ASC, [PhaseGroup] ASC, [Phase] ASC, [CostType] ASC, [PCOType] ASC, [PCO] ASC, [PCOItem] ASC, [ACO] ASC, [ACOItem] ASC)
GO
ALTER TABLE [dbo].[bPMOL] WITH CHECK ADD CONSTRAINT [FK_bPMOL_bAPVM] FOREIGN KEY([VendorGroup], [Vendor]) REFERENCES [dbo].[bAPVM] ([VendorGroup], [Vendor])
GO
ALTER TABLE [dbo].[bPMOL] WITH CHECK ADD CONSTRAINT [FK_bPMOL_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMOL].[EstUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMOL].[EstHours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMOL].[HourCost]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMOL].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPMOL].[ECM]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMOL].[EstCost]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMOL].[SendYN]'
GO
